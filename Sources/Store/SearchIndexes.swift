/// The indexes behind patient lookup. The bulk loader drops them, loads, and builds them once
/// at the end, which is many times faster than keeping them up to date row by row.
enum SearchIndexes {
  static let create = """
    CREATE INDEX IF NOT EXISTS patient_by_birth_date ON patient(birth_date);
    CREATE INDEX IF NOT EXISTS identifier_by_patient ON identifier(patient_id);
    CREATE INDEX IF NOT EXISTS patient_by_vista_key ON patient(vista_key);
    CREATE INDEX IF NOT EXISTS name_word_by_word ON name_word(word, name_key, patient_id);
    CREATE TRIGGER IF NOT EXISTS patient_fts_insert AFTER INSERT ON patient BEGIN
      INSERT INTO patient_name_fts(rowid, name_key) VALUES (new.id, new.name_key);
    END;
    CREATE TRIGGER IF NOT EXISTS patient_fts_delete AFTER DELETE ON patient BEGIN
      INSERT INTO patient_name_fts(patient_name_fts, rowid, name_key)
        VALUES ('delete', old.id, old.name_key);
    END;
    CREATE TRIGGER IF NOT EXISTS patient_fts_update AFTER UPDATE OF name_key ON patient BEGIN
      INSERT INTO patient_name_fts(patient_name_fts, rowid, name_key)
        VALUES ('delete', old.id, old.name_key);
      INSERT INTO patient_name_fts(rowid, name_key) VALUES (new.id, new.name_key);
    END;
    """

  static let drop = """
    DROP INDEX IF EXISTS patient_by_birth_date;
    DROP INDEX IF EXISTS identifier_by_patient;
    DROP INDEX IF EXISTS patient_by_vista_key;
    DROP INDEX IF EXISTS name_word_by_word;
    DROP TRIGGER IF EXISTS patient_fts_insert;
    DROP TRIGGER IF EXISTS patient_fts_delete;
    DROP TRIGGER IF EXISTS patient_fts_update;
    """

  /// Rebuilds the trigram index from the patient table in one pass.
  static let rebuildNames = "INSERT INTO patient_name_fts(patient_name_fts) VALUES ('rebuild')"
}
