-- Prefix indexes for every prefix length a word of the desk can have (1 to 20 characters).
-- FTS5 answers "x"* from a prefix index of exactly x's length by reading one doclist, newest
-- first, and stops at the LIMIT; without one (any x longer than 3 before this migration) it
-- first merges the doclists of every word starting with x in full: 'nguye' (109k records)
-- cost ~7 ms at scale 100 before the first row, a full name three times that. Longer
-- prefixes add little (most words are short): +19% index size, about the same build time.
-- The prefix option cannot be altered, so the index is made again from search_docs (the
-- triggers are unchanged, re-created with the table they write to).
DROP TRIGGER `search_docs_ai`;
--> statement-breakpoint
DROP TRIGGER `search_docs_ad`;
--> statement-breakpoint
DROP TRIGGER `search_docs_au`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(folded, content='search_docs', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
-- Terms are gathered in memory and written in 64 MiB batches instead of 1 MiB (fewer segments
-- to merge while building: scale 100 in ~45 s instead of ~65 s), then back to the default.
INSERT INTO `search_fts`(`search_fts`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts`(`search_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts`(`search_fts`, `rank`) VALUES ('hashsize', 1048576);
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
