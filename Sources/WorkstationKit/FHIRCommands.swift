import Clinical
import Foundation
import Screens
import Store

/// `workstation import FILE…` and `workstation export --patient NUMBER [--out FILE]`.
enum FHIRCommands {
  /// Imports each file as its own transaction and prints what it did; a progress bar on stderr
  /// for files of more than a thousand resources. Exit 0 when every file was taken, 1 when one
  /// was refused, 2 when the store could not be opened.
  static func importFiles(_ files: [String], _ arguments: Arguments, _ language: Language, _ today: CivilDate, _ paths: Paths) -> Int32 {
    let store: PatientStore
    do throws(StoreError) {
      store = try StoreOpener.open(arguments, paths: paths) { size in WorkstationCLI.printError(language.text(.buildingDemo(size))) }
    } catch {
      WorkstationCLI.printError(language.text(.failure(EffectRunner.failure(error))))
      return 2
    }
    var refused = false
    for file in files {
      let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
      var report = FHIRImportReport()
      let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
      if let size, size > FHIRImporter.maximumBytes {
        report.rejected = FHIRImportProblem(.tooLarge(bytes: size))
      } else if let data = try? Data(contentsOf: url) {
        let importer = FHIRImporter(store: store, today: today, origin: url.lastPathComponent)
        do throws(StoreError) {
          report = try importer.importData(data) { done, total in
            guard total >= 1_000 else { return }
            WorkstationCLI.printError(progressBar(done, total), newline: done == total)
          }
        } catch {
          WorkstationCLI.printError(language.text(.failure(EffectRunner.failure(error))))
          return 2
        }
      } else {
        report.rejected = FHIRImportProblem(.unreadable)
      }
      print(language.text(.fhirImported(file: file, report)))
      if report.rejected != nil { refused = true }
    }
    return refused ? 1 : 0
  }

  /// "[##########··········]  50 % (5000/10000)", redrawn on one line.
  static func progressBar(_ done: Int, _ total: Int) -> String {
    let filled = total == 0 ? 20 : done * 20 / total
    return "\r[" + String(repeating: "#", count: filled) + String(repeating: "·", count: 20 - filled) + "] "
      + "\(total == 0 ? 100 : done * 100 / total) % (\(done)/\(total))"
  }

  static func export(_ identifier: String, _ arguments: Arguments, _ language: Language, _ paths: Paths) -> Int32 {
    // With a central server the export is logged there first; without its log, no file.
    var exporter = arguments.demo ? Clinician.demo : LocalUser.clinician()
    if let url = arguments.central {
      guard let hpr = arguments.hpr else {
        WorkstationCLI.printError(language.text(.exportNeedsHPR))
        return 2
      }
      let password = Password.read(prompt: language.text(.passwordPrompt))
      do throws(CentralError) {
        exporter = try CentralAccessLog.recordExport(
          on: try CentralConnection(url: url, connectTimeout: 10), identifier: identifier, hpr: hpr, password: password)
      } catch {
        WorkstationCLI.printError(language.text(WorkstationCLI.centralFailure(error)))
        return 1
      }
    }
    do throws(StoreError) {
      let store = try StoreOpener.open(arguments, paths: paths) { size in WorkstationCLI.printError(language.text(.buildingDemo(size))) }
      let now = Date()
      let data = try FHIRExporter(store: store).export(identifier: identifier, at: now)
      if let out = arguments.outPath {
        do {
          try data.write(to: URL(fileURLWithPath: (out as NSString).expandingTildeInPath), options: .atomic)
        } catch {
          WorkstationCLI.printError(language.text(.failure(.cannotWrite(path: out))))
          return 2
        }
      } else {
        FileHandle.standardOutput.write(data)
        print()
      }
      try AuditLog(store: store).recordExport(try DecisionLog(store: store).patientID(identifier: identifier), by: exporter, at: now)
      return 0
    } catch {
      WorkstationCLI.printError(language.text(.failure(EffectRunner.failure(error))))
      return 1
    }
  }
}
