-- Full-text index over search_docs.folded (text already folded in JS: no diacritics, đ→d,
-- lower case). Prefix indexes of 1 to 3 characters keep search-as-you-type fast.
CREATE VIRTUAL TABLE `search_fts` USING fts5(folded, content='search_docs', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
--> statement-breakpoint
CREATE TRIGGER `search_docs_ai` AFTER INSERT ON `search_docs` BEGIN
  INSERT INTO search_fts(rowid, folded) VALUES (new.doc_id, new.folded);
END;
--> statement-breakpoint
CREATE TRIGGER `search_docs_ad` AFTER DELETE ON `search_docs` BEGIN
  INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.doc_id, old.folded);
END;
--> statement-breakpoint
CREATE TRIGGER `search_docs_au` AFTER UPDATE ON `search_docs` BEGIN
  INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.doc_id, old.folded);
  INSERT INTO search_fts(rowid, folded) VALUES (new.doc_id, new.folded);
END;
--> statement-breakpoint
-- The change log is the audit trail: rows are appended, never changed or removed.
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log` BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log` BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
