/// The local store's tables. Secondary indexes and the search triggers live in `SearchIndexes`
/// so the bulk loader can build them after the rows are in.
enum Schema {
  static let v1 = """
    CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE municipality(
      code TEXT PRIMARY KEY, name TEXT NOT NULL, county TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE organisation(
      id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
      municipality_code TEXT REFERENCES municipality(code));
    CREATE TABLE practitioner(
      id INTEGER PRIMARY KEY, hpr TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,
      organisation_id INTEGER REFERENCES organisation(id));
    CREATE TABLE patient(
      id INTEGER PRIMARY KEY,
      given TEXT NOT NULL, middle TEXT, family TEXT NOT NULL,
      name_key TEXT NOT NULL,
      vista_key TEXT NOT NULL,
      birth_date INTEGER NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
      municipality_code TEXT REFERENCES municipality(code),
      gp_id INTEGER REFERENCES practitioner(id));
    CREATE TABLE identifier(
      value TEXT PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE name_word(
      patient_id INTEGER NOT NULL REFERENCES patient(id), word TEXT NOT NULL,
      name_key TEXT NOT NULL);
    CREATE VIRTUAL TABLE patient_name_fts USING fts5(
      name_key, content='patient', content_rowid='id', tokenize='trigram');
    CREATE TABLE cave_entry(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      category TEXT NOT NULL, agent TEXT NOT NULL, reaction TEXT NOT NULL,
      severity TEXT NOT NULL, certainty TEXT NOT NULL,
      registered_by TEXT NOT NULL, registered_on INTEGER NOT NULL);
    CREATE TABLE contact(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      name TEXT NOT NULL, relation TEXT NOT NULL, phone TEXT NOT NULL,
      next_of_kin INTEGER NOT NULL);
    CREATE TABLE audit_event(
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id TEXT NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
      organisation TEXT NOT NULL,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      action TEXT NOT NULL, basis TEXT NOT NULL);
    CREATE INDEX audit_by_user ON audit_event(user_id, id);
    CREATE INDEX audit_by_patient ON audit_event(patient_id, id);
    CREATE INDEX cave_by_patient ON cave_entry(patient_id);
    CREATE INDEX contact_by_patient ON contact(patient_id);
    """

  /// Vital signs as recorded (NEWS2 is computed, never stored, so a corrected table cannot
  /// disagree with an old total), and the documented SpO₂ scale-2 target per patient.
  static let v2 = """
    ALTER TABLE patient ADD COLUMN hypercapnic_target INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE vital_signs(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      taken_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
      respiration_rate INTEGER, oxygen_saturation INTEGER,
      oxygen_scale INTEGER NOT NULL CHECK (oxygen_scale IN (1, 2)),
      on_oxygen INTEGER, systolic_pressure INTEGER, pulse INTEGER,
      consciousness TEXT CHECK (consciousness IN ('A', 'C', 'V', 'P', 'U')),
      temperature_tenths INTEGER);
    CREATE INDEX vital_signs_by_patient ON vital_signs(patient_id, id);
    """

  /// Clinical notes. A note row is written once, when it is signed, and the store refuses any
  /// later UPDATE or DELETE of it; corrections are addenda (addendum_to) and a wrong-patient
  /// note gets a row in note_error, which is as permanent. The content hash covers everything
  /// signed, so a change made behind SQLite's back is still found (NoteLog.verify).
  /// Drafts are kept apart, one per patient and author, and saved as they are typed.
  static let v3 = """
    CREATE TABLE note(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      type TEXT NOT NULL CHECK (type IN ('gp-consultation', 'legevakt', 'nursing', 'telephone')),
      body TEXT NOT NULL,
      search_key TEXT NOT NULL,
      codes TEXT NOT NULL,
      author_id TEXT NOT NULL, author_name TEXT NOT NULL,
      signed_at TEXT NOT NULL,
      addendum_to INTEGER REFERENCES note(id),
      content_hash TEXT NOT NULL);
    CREATE INDEX note_by_patient ON note(patient_id, id);
    CREATE TRIGGER note_is_immutable BEFORE UPDATE ON note
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot be changed'); END;
    CREATE TRIGGER note_is_kept BEFORE DELETE ON note
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot be deleted'); END;
    CREATE TABLE note_error(
      note_id INTEGER PRIMARY KEY REFERENCES note(id),
      reason TEXT NOT NULL, marked_by TEXT NOT NULL, marked_at TEXT NOT NULL);
    CREATE TRIGGER note_error_is_immutable BEFORE UPDATE ON note_error
      BEGIN SELECT RAISE(ABORT, 'an entered-in-error mark cannot be changed'); END;
    CREATE TRIGGER note_error_is_kept BEFORE DELETE ON note_error
      BEGIN SELECT RAISE(ABORT, 'an entered-in-error mark cannot be deleted'); END;
    CREATE TABLE note_draft(
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      author_id TEXT NOT NULL,
      type TEXT NOT NULL, body TEXT NOT NULL, codes TEXT NOT NULL,
      addendum_to INTEGER REFERENCES note(id),
      saved_at TEXT NOT NULL,
      PRIMARY KEY (patient_id, author_id)) WITHOUT ROWID;
    CREATE TABLE problem(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      system TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
      since TEXT NOT NULL, source_note INTEGER REFERENCES note(id),
      UNIQUE (patient_id, system, code));
    """

  /// Doses given. Written once, like signed notes: the store refuses changes and deletions.
  static let v4 = """
    CREATE TABLE dose_given(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      atc TEXT NOT NULL, medication TEXT NOT NULL,
      amount REAL NOT NULL CHECK (amount > 0), unit TEXT NOT NULL,
      route TEXT NOT NULL, given_at TEXT NOT NULL, given_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL);
    CREATE INDEX dose_given_by_patient ON dose_given(patient_id, given_at);
    CREATE TRIGGER dose_given_is_immutable BEFORE UPDATE ON dose_given
      BEGIN SELECT RAISE(ABORT, 'a recorded dose cannot be changed'); END;
    CREATE TRIGGER dose_given_is_kept BEFORE DELETE ON dose_given
      BEGIN SELECT RAISE(ABORT, 'a recorded dose cannot be deleted'); END;
    """

  /// Medication lists: the sources gathered for reconciliation, and the signed list "Legemidler i
  /// bruk" (LIB) as versions. A signed version is never changed; the newest is the list in force,
  /// the older ones its history. Each version records who signed, when and from which sources.
  static let v5 = """
    CREATE TABLE medication_source(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('gp-list', 'discharge', 'multidose', 'nursing-home', 'patient-account')),
      dated INTEGER NOT NULL, origin TEXT NOT NULL, recorded_at TEXT NOT NULL);
    CREATE INDEX medication_source_by_patient ON medication_source(patient_id, id);
    CREATE TABLE lib_version(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      signed_by TEXT NOT NULL, signed_at TEXT NOT NULL, sources TEXT NOT NULL);
    CREATE INDEX lib_version_by_patient ON lib_version(patient_id, id);
    CREATE TABLE medication_line(
      source_id INTEGER REFERENCES medication_source(id),
      lib_version_id INTEGER REFERENCES lib_version(id),
      position INTEGER NOT NULL,
      atc TEXT NOT NULL, drug TEXT NOT NULL, dose TEXT NOT NULL, frequency TEXT NOT NULL,
      route TEXT NOT NULL, indication TEXT NOT NULL, start INTEGER, prescriber TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'stopped')),
      status_reason TEXT, status_date INTEGER,
      classification TEXT, decision_reason TEXT,
      CHECK ((source_id IS NULL) <> (lib_version_id IS NULL)));
    CREATE INDEX medication_line_by_source ON medication_line(source_id, position);
    CREATE INDEX medication_line_by_version ON medication_line(lib_version_id, position);
    CREATE TRIGGER lib_version_is_immutable BEFORE UPDATE ON lib_version
      BEGIN SELECT RAISE(ABORT, 'a signed medication list cannot be changed'); END;
    CREATE TRIGGER lib_version_is_kept BEFORE DELETE ON lib_version
      BEGIN SELECT RAISE(ABORT, 'a signed medication list cannot be deleted'); END;
    CREATE TRIGGER medication_line_is_immutable BEFORE UPDATE ON medication_line
      BEGIN SELECT RAISE(ABORT, 'a medication line cannot be changed'); END;
    """

  /// Legevakt visits: the triage level and status as they are now, and every change to either as
  /// an event, so the time in each state and every re-triage can be told afterwards.
  static let v6 = """
    CREATE TABLE triage_visit(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      complaint TEXT NOT NULL, level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
      computed_level INTEGER NOT NULL CHECK (computed_level BETWEEN 1 AND 5), level_reason TEXT,
      arrived_at TEXT NOT NULL, last_triaged_at TEXT NOT NULL,
      status TEXT NOT NULL, status_since TEXT NOT NULL, news2 INTEGER, registered_by TEXT NOT NULL);
    CREATE INDEX triage_visit_open ON triage_visit(status, arrived_at);
    CREATE TABLE triage_event(
      id INTEGER PRIMARY KEY,
      visit_id INTEGER NOT NULL REFERENCES triage_visit(id),
      at TEXT NOT NULL, status TEXT NOT NULL, level INTEGER NOT NULL, reason TEXT, by TEXT NOT NULL);
    CREATE INDEX triage_event_by_visit ON triage_event(visit_id, id);
    """

  /// Which list a signed line was taken from.
  static let v7 = """
    ALTER TABLE medication_line ADD COLUMN source_label TEXT;
    """

  /// Wards, beds and stays. An open stay holds its bed (one open stay per bed, enforced by a
  /// partial unique index); a stay never ends before it starts. Stays carried over from an
  /// earlier system for the statistics have no bed. Every admission, transfer and discharge is
  /// an event; the bed waiting list is kept until the decisions issue feeds it from vedtak.
  static let v8 = """
    CREATE TABLE ward(
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, municipality_code TEXT NOT NULL REFERENCES municipality(code));
    CREATE TABLE bed(
      id INTEGER PRIMARY KEY, ward_id INTEGER NOT NULL REFERENCES ward(id), label TEXT NOT NULL,
      stay_type TEXT NOT NULL);
    CREATE INDEX bed_by_ward ON bed(ward_id);
    CREATE TABLE stay(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      bed_id INTEGER REFERENCES bed(id),
      municipality_code TEXT NOT NULL,
      stay_type TEXT NOT NULL,
      admitted INTEGER NOT NULL, expected_discharge INTEGER,
      discharged INTEGER, destination TEXT, discharge_quarter INTEGER, nights INTEGER,
      fall_risk INTEGER NOT NULL DEFAULT 0,
      CHECK (discharged IS NULL OR discharged >= admitted));
    CREATE UNIQUE INDEX stay_open_bed ON stay(bed_id) WHERE discharged IS NULL AND bed_id IS NOT NULL;
    CREATE INDEX stay_statistics ON stay(discharge_quarter, municipality_code, stay_type, nights);
    -- The census reads only stays in beds; years of history must not slow it down.
    CREATE INDEX stay_in_bed ON stay(patient_id) WHERE discharged IS NULL AND bed_id IS NOT NULL;
    CREATE INDEX stay_admitted_in_bed ON stay(admitted) WHERE bed_id IS NOT NULL;
    CREATE INDEX stay_discharged_from_bed ON stay(discharged) WHERE bed_id IS NOT NULL;
    CREATE INDEX stay_expected_out ON stay(expected_discharge) WHERE discharged IS NULL AND bed_id IS NOT NULL;
    CREATE TABLE stay_event(
      id INTEGER PRIMARY KEY, stay_id INTEGER NOT NULL REFERENCES stay(id), at TEXT NOT NULL,
      kind TEXT NOT NULL, bed_id INTEGER, detail TEXT, by TEXT NOT NULL);
    CREATE TABLE bed_waiting(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      stay_type TEXT NOT NULL, since INTEGER NOT NULL, admitted_stay INTEGER REFERENCES stay(id));
    """

  /// Municipal service cases. The case row holds where the case stands (for the inbox's one
  /// indexed query); every step is an event with who and when. Assessments, decisions and letters
  /// are kept, never changed: a new one supersedes the old, and the case points at the one in
  /// force. A granted institutional place puts the patient on the bed waiting list with the need
  /// the assessment gave.
  static let v9 = """
    CREATE TABLE service_case(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      service_code INTEGER NOT NULL, applicant TEXT NOT NULL, reason TEXT NOT NULL,
      received INTEGER NOT NULL, urgent INTEGER NOT NULL DEFAULT 0,
      stage TEXT NOT NULL, appeal TEXT, granted INTEGER NOT NULL DEFAULT 0,
      case_officer TEXT, preliminary_answer INTEGER, decision_id INTEGER, letter_id INTEGER,
      -- The next evaluation of a running service, and whether it has come (set as days pass).
      evaluation INTEGER, evaluation_due INTEGER NOT NULL DEFAULT 0,
      -- Case work to do: not yet running or ended, an evaluation due, or an appeal under way.
      in_inbox INTEGER GENERATED ALWAYS AS (
        stage NOT IN ('service-started', 'ended') OR evaluation_due = 1
        OR coalesce(appeal IN ('lodged', 'forwarded'), 0)) VIRTUAL);
    CREATE INDEX service_case_inbox ON service_case(in_inbox, urgent DESC, received, id);
    CREATE INDEX service_case_evaluations ON service_case(evaluation)
      WHERE stage = 'service-started' AND evaluation_due = 0;
    CREATE INDEX service_case_by_patient ON service_case(patient_id);
    CREATE TABLE case_event(
      id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES service_case(id),
      at TEXT NOT NULL, step TEXT NOT NULL, detail TEXT, by TEXT NOT NULL);
    CREATE INDEX case_event_by_case ON case_event(case_id, id);
    CREATE TABLE iplos_assessment(
      id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES service_case(id),
      patient_id INTEGER NOT NULL REFERENCES patient(id), at TEXT NOT NULL, by TEXT NOT NULL);
    CREATE INDEX iplos_assessment_by_patient ON iplos_assessment(patient_id, id);
    CREATE INDEX iplos_assessment_by_case ON iplos_assessment(case_id, id);
    CREATE TABLE iplos_score(
      assessment_id INTEGER NOT NULL REFERENCES iplos_assessment(id),
      variable INTEGER NOT NULL CHECK (variable BETWEEN 1 AND 17),
      score INTEGER NOT NULL CHECK (score IN (1, 2, 3, 4, 5, 9)),
      PRIMARY KEY (assessment_id, variable)) WITHOUT ROWID;
    CREATE TABLE service_decision(
      id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES service_case(id),
      service_code INTEGER NOT NULL, outcome TEXT NOT NULL,
      minutes_per_week INTEGER CHECK (minutes_per_week BETWEEN 0 AND 10080),
      from_date INTEGER, to_date INTEGER, evaluation INTEGER,
      fee TEXT NOT NULL, legal_basis TEXT NOT NULL, justification TEXT NOT NULL,
      decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,
      CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date));
    CREATE INDEX service_decision_by_case ON service_decision(case_id);
    CREATE INDEX service_decision_period ON service_decision(from_date);
    CREATE TABLE decision_letter(
      id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES service_case(id),
      decision_id INTEGER NOT NULL REFERENCES service_decision(id),
      body TEXT NOT NULL, dated INTEGER NOT NULL, appeal_deadline INTEGER NOT NULL,
      produced_by TEXT NOT NULL, produced_at TEXT NOT NULL);
    CREATE TRIGGER service_decision_is_immutable BEFORE UPDATE ON service_decision
      BEGIN SELECT RAISE(ABORT, 'a decision cannot be changed; make a new one'); END;
    CREATE TRIGGER decision_letter_is_immutable BEFORE UPDATE ON decision_letter
      BEGIN SELECT RAISE(ABORT, 'a sent letter cannot be changed'); END;
    ALTER TABLE bed_waiting ADD COLUMN case_id INTEGER REFERENCES service_case(id);
    ALTER TABLE bed_waiting ADD COLUMN need_tenths INTEGER;
    """

  /// Conditions and encounters received from other systems (FHIR), kept as given: the code system
  /// and code of a condition are never translated. Each is stored once per patient.
  static let v10 = """
    CREATE TABLE condition(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      system TEXT NOT NULL, code TEXT NOT NULL, display TEXT NOT NULL, clinical_status TEXT NOT NULL,
      onset INTEGER, recorded TEXT, source TEXT NOT NULL);
    CREATE UNIQUE INDEX condition_once ON condition(patient_id, system, code, coalesce(onset, 0));
    CREATE TABLE encounter(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      identifier TEXT NOT NULL, class TEXT NOT NULL, status TEXT NOT NULL, type TEXT,
      started TEXT, ended TEXT, source TEXT NOT NULL);
    CREATE UNIQUE INDEX encounter_once ON encounter(patient_id, identifier);
    """

  /// Lists from another record (a concurrent change delivered by sync). SQLite cannot change a
  /// CHECK constraint in place, so the table is rebuilt, with foreign keys off and checked before
  /// the commit (`Migration.rebuildsTables`).
  static let v11 = """
    CREATE TABLE medication_source_rebuilt(
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('gp-list', 'discharge', 'multidose', 'nursing-home', 'patient-account', 'other-record')),
      dated INTEGER NOT NULL, origin TEXT NOT NULL, recorded_at TEXT NOT NULL);
    INSERT INTO medication_source_rebuilt(id, patient_id, kind, dated, origin, recorded_at)
      SELECT id, patient_id, kind, dated, origin, recorded_at FROM medication_source;
    DROP TABLE medication_source;
    ALTER TABLE medication_source_rebuilt RENAME TO medication_source;
    CREATE INDEX medication_source_by_patient ON medication_source(patient_id, id);
    """

  /// The users who logged in here against the central server, with a yescrypt hash of their
  /// password, so they can log in again when the server cannot be reached.
  static let v12 = """
    CREATE TABLE login_cache(
      hpr TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, organisation TEXT NOT NULL,
      password_hash TEXT NOT NULL, cached_at TEXT NOT NULL) WITHOUT ROWID;
    """

  /// Operations waiting to be pushed to the central server, written in the same transaction as
  /// the change they carry. Each has an id made here, so the server applies it once however
  /// often it is sent; the server's answer is kept with it.
  static let v13 = """
    CREATE TABLE outbox(
      id INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
      patient_identifier TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'applied', 'duplicate', 'rejected', 'conflict')),
      reason TEXT);
    CREATE INDEX outbox_pending ON outbox(id) WHERE state = 'pending';
    """

  /// Each vital-sign set keeps the id of the operation that carries it, so a set pulled back from
  /// the central server (made here, or elsewhere) is stored once.
  static let v14 = """
    ALTER TABLE vital_signs ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX vital_signs_by_operation ON vital_signs(op_id) WHERE op_id IS NOT NULL;
    """

  /// Signed medication lists and notes travel to the central server. A list version keeps its
  /// operation id, and the store remembers which version the server holds as the patient's list
  /// in force, so a new signing names the version it replaces. A version signed elsewhere on top
  /// of another one than ours is a conflict: it waits here for a clinician, never merged.
  static let v15 = """
    ALTER TABLE lib_version ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX lib_version_by_operation ON lib_version(op_id) WHERE op_id IS NOT NULL;
    CREATE TABLE central_medication_head(
      patient_id INTEGER PRIMARY KEY REFERENCES patient(id), op_id TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE sync_conflict(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('medication-list', 'cave')),
      op_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL, detected_at TEXT NOT NULL,
      resolved_at TEXT, resolved_by TEXT);
    CREATE INDEX sync_conflict_open ON sync_conflict(patient_id) WHERE resolved_at IS NULL;
    CREATE INDEX outbox_medication_lists ON outbox(patient_identifier) WHERE kind = 'medication-list';
    ALTER TABLE note ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX note_by_operation ON note(op_id) WHERE op_id IS NOT NULL;
    ALTER TABLE cave_entry ADD COLUMN op_id TEXT;
    ALTER TABLE cave_entry ADD COLUMN origin TEXT;
    CREATE UNIQUE INDEX cave_entry_by_operation ON cave_entry(op_id) WHERE op_id IS NOT NULL;
    """

  /// Service cases travel to the central server as a chain of steps. A case has an id made
  /// here; each step keeps its operation id and what it takes to take it again in another store,
  /// and the case remembers its last step. A step made here that lost to one made elsewhere on
  /// the same base stays in the history, marked with the step that won, and waits as a conflict
  /// for the case officer. Each synced patient keeps why it is here (a care relation, or
  /// break-glass until when), the basis its chart openings are logged with. The patient's name travels field by field, each field naming the
  /// change it follows, so changes of different fields made at once both stand. Conflicts now
  /// name the case they concern, or the field and the other record's value, so the table is
  /// rebuilt (nothing references it).
  static let v16 = """
    ALTER TABLE service_case ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX service_case_by_uid ON service_case(uid) WHERE uid IS NOT NULL;
    ALTER TABLE service_case ADD COLUMN head_op TEXT;
    ALTER TABLE case_event ADD COLUMN op_id TEXT;
    ALTER TABLE case_event ADD COLUMN payload TEXT;
    ALTER TABLE case_event ADD COLUMN superseded_by TEXT;
    CREATE UNIQUE INDEX case_event_by_operation ON case_event(op_id) WHERE op_id IS NOT NULL;
    CREATE TABLE sync_conflict_rebuilt(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('medication-list', 'cave', 'service-case', 'demographics')),
      op_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL, detected_at TEXT NOT NULL,
      resolved_at TEXT, resolved_by TEXT, case_id INTEGER REFERENCES service_case(id),
      field TEXT, other_value TEXT);
    INSERT INTO sync_conflict_rebuilt(id, patient_id, kind, op_id, origin, detected_at, resolved_at, resolved_by)
      SELECT id, patient_id, kind, op_id, origin, detected_at, resolved_at, resolved_by FROM sync_conflict;
    DROP TABLE sync_conflict;
    ALTER TABLE sync_conflict_rebuilt RENAME TO sync_conflict;
    CREATE INDEX sync_conflict_open ON sync_conflict(patient_id) WHERE resolved_at IS NULL;
    CREATE INDEX sync_conflict_by_case ON sync_conflict(case_id) WHERE case_id IS NOT NULL;
    CREATE TABLE care_basis(
      patient_id INTEGER PRIMARY KEY REFERENCES patient(id),
      basis TEXT NOT NULL CHECK (basis IN ('care-relation', 'break-glass')), until TEXT);
    CREATE TABLE demographic_head(
      patient_id INTEGER NOT NULL REFERENCES patient(id), field TEXT NOT NULL, op_id TEXT NOT NULL,
      PRIMARY KEY (patient_id, field)) WITHOUT ROWID;
    """

  /// Doses given travel: each carries the operation it was pushed as, by which one pulled back
  /// (or pulled twice) is recognised.
  static let v17 = """
    ALTER TABLE dose_given ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX dose_given_by_operation ON dose_given(op_id) WHERE op_id IS NOT NULL;
    """

  /// The legevakt's queue is shared by its workstations: a visit has an id of its own, each
  /// change names the field it set (the level or the status) and the operation it travels as,
  /// and `sync_order` is the order the changes became known here, which pull keeps equal to the
  /// server's. A visit pulled from the server names its organisation; one made here does not.
  static let v18 = """
    ALTER TABLE triage_visit ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX triage_visit_by_uid ON triage_visit(uid) WHERE uid IS NOT NULL;
    ALTER TABLE triage_visit ADD COLUMN organisation TEXT;
    ALTER TABLE triage_event ADD COLUMN change TEXT;
    ALTER TABLE triage_event ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX triage_event_by_operation ON triage_event(op_id) WHERE op_id IS NOT NULL;
    ALTER TABLE triage_event ADD COLUMN sync_order INTEGER;
    CREATE INDEX triage_event_by_order ON triage_event(sync_order);
    """

  /// The census is shared by a nursing home's workstations. Wards and beds set up on the
  /// server carry its ids; a stay has an id of its own, each change of it (admission, transfer,
  /// discharge) the operation it travels as and `sync_order`, its number in the server's order
  /// (a change not yet back from the server comes after all of them). Two stays may now stand in
  /// one bed, when admissions made at two workstations at once meet: the one placed there first
  /// in that order holds it (`placed_order`), the other is a conflict until a clinician moves one
  /// of them. A stay made here is still refused a bed that is taken.
  static let v19 = """
    ALTER TABLE ward ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX ward_by_uid ON ward(uid) WHERE uid IS NOT NULL;
    ALTER TABLE bed ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX bed_by_uid ON bed(uid) WHERE uid IS NOT NULL;
    ALTER TABLE stay ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX stay_by_uid ON stay(uid) WHERE uid IS NOT NULL;
    ALTER TABLE stay ADD COLUMN placed_order INTEGER;
    DROP INDEX stay_open_bed;
    CREATE INDEX stay_open_bed ON stay(bed_id, placed_order) WHERE discharged IS NULL AND bed_id IS NOT NULL;
    ALTER TABLE stay_event ADD COLUMN op_id TEXT;
    CREATE UNIQUE INDEX stay_event_by_operation ON stay_event(op_id) WHERE op_id IS NOT NULL;
    ALTER TABLE stay_event ADD COLUMN sync_order INTEGER;
    -- The day an admission or a discharge is for (the event's time is when it was recorded).
    ALTER TABLE stay_event ADD COLUMN on_day INTEGER;
    CREATE INDEX stay_event_by_stay ON stay_event(stay_id, sync_order);
    CREATE TABLE sync_conflict_rebuilt(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('medication-list', 'cave', 'service-case', 'demographics', 'bed')),
      op_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL, detected_at TEXT NOT NULL,
      resolved_at TEXT, resolved_by TEXT, case_id INTEGER REFERENCES service_case(id),
      field TEXT, other_value TEXT, stay_id INTEGER REFERENCES stay(id));
    INSERT INTO sync_conflict_rebuilt(id, patient_id, kind, op_id, origin, detected_at, resolved_at, resolved_by, case_id,
        field, other_value)
      SELECT id, patient_id, kind, op_id, origin, detected_at, resolved_at, resolved_by, case_id, field, other_value
      FROM sync_conflict;
    DROP TABLE sync_conflict;
    ALTER TABLE sync_conflict_rebuilt RENAME TO sync_conflict;
    CREATE INDEX sync_conflict_open ON sync_conflict(patient_id) WHERE resolved_at IS NULL;
    CREATE INDEX sync_conflict_by_case ON sync_conflict(case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX sync_conflict_by_stay ON sync_conflict(stay_id) WHERE stay_id IS NOT NULL;
    """

  /// A bed taken out of use on the server is kept here for the stays that were in it, and shown
  /// only while a patient still lies in it. A record is removed from a workstation once access
  /// to it has ended (see `RecordPurge`).
  /// The store still refuses to delete a signed note, a dose, an entered-in-error mark or a
  /// signed medication list, except of a patient named in `record_purge`, which holds a patient
  /// only while their whole record is being removed, inside that one transaction.
  static let v20 = """
    CREATE TABLE record_purge(patient_id INTEGER PRIMARY KEY);
    -- A bed the server no longer sets up: kept for the stays that were in it.
    ALTER TABLE bed ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
    -- Every sync round asks which access has ended: the few with an end, not every patient.
    CREATE INDEX care_basis_ending ON care_basis(until) WHERE until IS NOT NULL;
    \(keptUnlessRemoved("note", "a signed note cannot be deleted"))
    DROP TRIGGER note_error_is_kept;
    CREATE TRIGGER note_error_is_kept BEFORE DELETE ON note_error
      WHEN NOT EXISTS (SELECT 1 FROM record_purge r JOIN note n ON n.patient_id = r.patient_id WHERE n.id = OLD.note_id)
      BEGIN SELECT RAISE(ABORT, 'an entered-in-error mark cannot be deleted'); END;
    \(keptUnlessRemoved("dose_given", "a recorded dose cannot be deleted"))
    \(keptUnlessRemoved("lib_version", "a signed medication list cannot be deleted"))
    """

  /// A re-triage keeps the settings of the level its maker held (`seen`: their operations, as
  /// a JSON array), so one made without seeing another of a different level is found: a triage
  /// conflict, kept with its visit, until a nurse sets the level again (see `LevelDisagreement`).
  static let v21 = """
    ALTER TABLE triage_event ADD COLUMN seen TEXT;
    CREATE TABLE sync_conflict_rebuilt(
      id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id),
      kind TEXT NOT NULL CHECK (kind IN ('medication-list', 'cave', 'service-case', 'demographics', 'bed', 'triage')),
      op_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL, detected_at TEXT NOT NULL,
      resolved_at TEXT, resolved_by TEXT, case_id INTEGER REFERENCES service_case(id),
      field TEXT, other_value TEXT, stay_id INTEGER REFERENCES stay(id), visit_id INTEGER REFERENCES triage_visit(id));
    -- Every column as it stood, in its order, and no visit yet.
    INSERT INTO sync_conflict_rebuilt SELECT *, NULL FROM sync_conflict;
    DROP TABLE sync_conflict;
    ALTER TABLE sync_conflict_rebuilt RENAME TO sync_conflict;
    CREATE INDEX sync_conflict_open ON sync_conflict(patient_id) WHERE resolved_at IS NULL;
    CREATE INDEX sync_conflict_by_case ON sync_conflict(case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX sync_conflict_by_stay ON sync_conflict(stay_id) WHERE stay_id IS NOT NULL;
    CREATE INDEX sync_conflict_by_visit ON sync_conflict(visit_id) WHERE visit_id IS NOT NULL;
    """

  /// A stay withdrawn (the patient was admitted twice, at two workstations at once) is closed
  /// without a discharge: it is out of the census, the day's movements and the statistics.
  static let v22 = """
    ALTER TABLE stay ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
    """

  /// A patient met by number alone, new to this workstation (a walk-in, an admission), is kept
  /// at once; the name comes from the central server with the record (see `PatientByNumber`).
  static let v23 = """
    ALTER TABLE patient ADD COLUMN name_pending INTEGER NOT NULL DEFAULT 0;
    """

  /// A place granted by the municipality, offered to this nursing home by the server: the
  /// case's id on the server names it, and a place another home admitted to keeps that home's
  /// name and when, as a place the municipality ended keeps who ended it: a patient admitted here
  /// at the same time is a conflict until the admission is withdrawn, and one held here for
  /// nothing else is removed (`RecordPurge`). A patient this
  /// store holds only for the offer is marked: their chart has nothing to show until admission.
  static let v24 = """
    ALTER TABLE bed_waiting ADD COLUMN case_uid TEXT;
    ALTER TABLE bed_waiting ADD COLUMN placed_with TEXT;
    ALTER TABLE bed_waiting ADD COLUMN placed_at TEXT;
    ALTER TABLE bed_waiting ADD COLUMN place_ended_by TEXT;
    ALTER TABLE bed_waiting ADD COLUMN place_ended_at TEXT;
    CREATE UNIQUE INDEX bed_waiting_offer ON bed_waiting(case_uid) WHERE case_uid IS NOT NULL;
    ALTER TABLE patient ADD COLUMN held_for_offer INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX patient_held_for_offer ON patient(id) WHERE held_for_offer = 1;
    """

  /// The GP office whose list the patient is on, as the server says it (`CentralSchema.v27`), for
  /// a patient with no GP of this store's own: a record from the server names no doctor.
  static let v25 = """
    ALTER TABLE patient ADD COLUMN gp_office TEXT;
    """

  /// What came here by sync since each user of this workstation last saw a chart: notes written
  /// at other workstations (not with a first sync or a fetched record: those are history) and a
  /// patient whose record first came by a care relation begun elsewhere, one row per user and
  /// chart, so the lookup's opening list reads a user's news by index however much arrives.
  /// Opening the chart clears it. And when a list signed elsewhere was taken in here, by this
  /// store's clock: a list from another record is waiting for reconciliation only if it came
  /// after that, and the signing time is the other workstation's.
  static let v26 = """
    CREATE TABLE chart_news(
      user_id TEXT NOT NULL, patient_id INTEGER NOT NULL REFERENCES patient(id),
      latest TEXT NOT NULL, notes INTEGER NOT NULL DEFAULT 0, new_here INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (user_id, patient_id));
    CREATE INDEX chart_news_by_time ON chart_news(user_id, latest);
    CREATE TRIGGER chart_news_seen_when_opened AFTER INSERT ON audit_event WHEN NEW.action = 'chart.open'
      BEGIN DELETE FROM chart_news WHERE user_id = NEW.user_id AND patient_id = NEW.patient_id; END;
    ALTER TABLE lib_version ADD COLUMN taken_at TEXT;
    """

  /// The guard against deleting a row of `table`, but for the patient whose record is removed.
  private static func keptUnlessRemoved(_ table: String, _ refusal: String) -> String {
    """
    DROP TRIGGER \(table)_is_kept;
    CREATE TRIGGER \(table)_is_kept BEFORE DELETE ON \(table)
      WHEN NOT EXISTS (SELECT 1 FROM record_purge WHERE patient_id = OLD.patient_id)
      BEGIN SELECT RAISE(ABORT, '\(refusal)'); END;
    """
  }
}
