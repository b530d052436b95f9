import Clinical
import DevPostgres
import Foundation
import Store

/// The sync figures, against a throwaway PostgreSQL on loopback started here: PostgreSQL's own
/// COPY rate as the baseline, first sync of an organisation's patients into an empty store, a
/// push of many operations, and an idle round. The patients carry help numbers (H-numbers),
/// which belong to no registered person.
struct SyncBench {
  let folder: String
  let patients: Int
  let operations: Int
  let stations: Int
  let loadSeconds: Double

  func run(into report: inout BenchReport) throws {
    guard ThrowawayCluster.isInstalled else {
      print("PostgreSQL 15 is not installed: sync figures not measured")
      return
    }
    let cluster = try ThrowawayCluster(port: 56_000 + Int(getpid() % 1_000))
    defer { cluster.stop() }
    let url = try cluster.database("bench")
    let admin = try CentralConnection(url: url)
    try CentralSchema.install(on: admin)
    try admin.execute(
      """
      INSERT INTO core.organisation(kind, name, municipality_code) VALUES ('legevakt', 'Benkestad legevakt', '5001');
      INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash)
        VALUES ('9100001', 'Benk Sykepleier', 'nurse', 1, public.crypt('benk', public.gen_salt('bf', 4)));
      CREATE ROLE ws_station LOGIN IN ROLE ws_client;
      """)
    let station = url.replacingOccurrences(of: "user=postgres", with: "user=ws_station")
    let identifiers = try loadPatients(admin)

    // Baseline: PostgreSQL's own COPY of as many rows shaped like pushed vital signs.
    let copyFile = cluster.folder + "/copy.tsv"
    var copyText = ""
    copyText.reserveCapacity(operations * 160)
    for i in 0..<operations {
      copyText += "\(UUID().uuidString.lowercased())\t\(i % patients + 1)\t2026-11-27 09:30:00+00\tBenk Sykepleier\t"
        + #"{"pulse": 88, "respirationRate": 16, "oxygenSaturation": 97}"# + "\n"
    }
    try copyText.write(toFile: copyFile, atomically: true, encoding: .utf8)
    chmod(copyFile, 0o644)
    try admin.execute("CREATE TABLE bench_copy(op_id uuid PRIMARY KEY, patient_id bigint, taken_at timestamptz, recorded_by text, vitals jsonb)")
    var copy = Measurement()
    try copy.time { try admin.execute("COPY bench_copy FROM '\(copyFile)'") }
    let copyRate = Double(operations) / copy.p50 * 1_000
    // For reference: COPY into a table shaped like the one a push writes (its three indexes and
    // the foreign key to the patient; COPY cannot write through row-level security at all).
    try admin.execute(
      """
      CREATE TABLE bench_shaped(id bigserial PRIMARY KEY, op_id uuid NOT NULL UNIQUE,
        patient_id bigint NOT NULL REFERENCES core.patient(id), taken_at timestamptz NOT NULL, recorded_by text NOT NULL,
        vitals jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX ON bench_shaped(patient_id);
      """)
    var shaped = Measurement()
    try shaped.time { try admin.execute("COPY bench_shaped(op_id, patient_id, taken_at, recorded_by, vitals) FROM '\(copyFile)'") }
    let shapedRate = Double(operations) / shaped.p50 * 1_000

    // First sync of the organisation's patients into an empty store.
    let store = try PatientStore(path: folder + "/central.sqlite", kind: .production)
    let connection = try CentralConnection(url: station)
    let token = try CentralLogin.token(connection, hpr: "9100001", password: "benk")
    var first = Measurement()
    let outcome = try first.time { try FirstSync.run(store, connection, token: token, today: Today.civilDate()) }
    guard outcome.patients == patients else { fatalError("first sync brought \(outcome.patients) of \(patients)") }
    report.add(
      "first sync, \(patients) patients", first, budget: 10_000,
      baseline: String(format: "COPY of %d rows p50 %.0f ms", operations, copy.p50))

    // Push: the outbox filled by as many real writes, in one local transaction.
    let nurse = Clinician(userID: "hpr:9100001", name: "Benk Sykepleier", role: "nurse", organisation: "Benkestad legevakt")
    let vitals = VitalsLog(store: store)
    let signs = VitalSigns(respirationRate: 16, oxygenSaturation: 97, onOxygen: false, systolicPressure: 128, pulse: 88, consciousness: .alert, temperatureTenths: 368)
    try store.db.inTransaction { () throws(StoreError) in
      for i in 0..<operations { try vitals.save(signs, for: Int64(i % patients + 1), by: nurse, at: Date()) }
    }
    var push = Measurement()
    let pushed = try push.time { try SyncPush.push(store, connection, token: token) }
    guard pushed.applied == operations else { fatalError("push applied \(pushed.applied) of \(operations): \(pushed.rejected.prefix(3))") }
    let pushRate = Double(operations) / push.p50 * 1_000
    report.add(
      "push of \(operations) operations (budget = 50 % of COPY)", push, budget: Double(operations) / (copyRate / 2) * 1_000,
      baseline: String(
        format: "%.0f ops/s; COPY %.0f rows/s (%.0f %%); into a table shaped like it %.0f rows/s (%.0f %%)", pushRate, copyRate,
        pushRate / copyRate * 100, shapedRate, pushRate / shapedRate * 100))

    // The pull that follows brings its own sets back and stores none of them twice.
    var pull = Measurement()
    _ = try pull.time { try SyncPull.pull(store, connection, token: token) }
    var idle = Measurement()
    for _ in 0..<300 { _ = try idle.time { try SyncRound.run(store, connection, token: token, today: Today.civilDate()) } }
    report.add(
      "idle sync round (nothing to send or fetch)", idle, budget: 5,
      baseline: String(format: "pulling back the %d own sets once %.0f ms", operations, pull.p50))

    // The load run: many workstations at once through PgBouncer.
    try admin.execute(
      """
      INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash)
        SELECT (9200000 + g)::text, 'Simulert ' || g, 'nurse', 1, public.crypt('sim', public.gen_salt('bf', 4))
        FROM generate_series(0, \(stations - 1)) g;
      """)
    let load = PgBouncerLoad(cluster: cluster, database: "bench", stations: stations, seconds: loadSeconds, patients: identifiers)
    if let (rounds, acknowledged, lost, failures) = try load.run() {
      // The issue sets no budget for a round under load; a background round should end well
      // within the 15-second pull interval, so a third of it is what we hold it to.
      report.add(
        "\(stations) workstations via PgBouncer, \(Int(loadSeconds)) s: round", rounds, budget: 5_000,
        baseline: "\(rounds.count) rounds; \(acknowledged) operations acknowledged, \(lost) lost; \(failures) rounds failed")
      if lost > 0 { fatalError("\(lost) acknowledged operations are not on the server") }
    }
  }

  /// The organisation's patients, with help numbers and care relations, loaded by COPY; their
  /// numbers.
  private func loadPatients(_ admin: CentralConnection) throws -> [String] {
    var taken = Set<String>()
    var numbers: [String] = []
    var text = ""
    text.reserveCapacity(patients * 48)
    var count = 0
    SyntheticPopulation(size: patients).forEachPatient { record in
      guard count < patients,
        let number = HelpNumber.make(birth: record.birthDate, isTaken: { taken.contains($0) })
      else { return }
      taken.insert(number)
      numbers.append(number)
      text += "\(number)\t\(record.name.given)\t\(record.name.family)\t\(record.birthDate.iso)\n"
      count += 1
    }
    guard count == patients else { fatalError("only \(count) help numbers") }
    let file = folder + "/patients.tsv"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o644)
    chmod(folder, 0o755)
    try admin.execute(
      """
      COPY core.patient(identifier, given, family, birth_date) FROM '\(file)';
      INSERT INTO core.care_relation(patient_id, organisation_id, kind) SELECT id, 1, 'legevakt-visit' FROM core.patient;
      ANALYZE;
      """)
    return numbers
  }
}
