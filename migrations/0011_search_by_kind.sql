-- One search index per kind of record. A list's search box (people, agencies, meetings, action
-- items) wants the matches of its own kind, and one index of every kind made it read them all:
-- 'bo' in the agencies list read 480k matches, 415 of them agencies (0.7 s at scale 100), the
-- people list's 'nguyễn văn' read the action items' "tài nguyên" and "công văn". Each index
-- now holds its kind's documents only; the global search reads the five, newest first, and
-- merges them (db/repo/search.ts). Documents keep their numbers (doc_id, the order they were
-- written in), so the global search finds what it found before, in the same order.
-- Each index reads its documents through a view of its kind (content=), so FTS5's own
-- 'rebuild' and 'integrity-check' see exactly that kind's documents.
DROP TRIGGER `search_docs_ai`;
--> statement-breakpoint
DROP TRIGGER `search_docs_ad`;
--> statement-breakpoint
DROP TRIGGER `search_docs_au`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
CREATE VIEW `search_docs_meeting` AS SELECT doc_id, folded FROM search_docs WHERE entity = 'meeting';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_meeting` USING fts5(folded, content='search_docs_meeting', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
-- Built in 64 MiB batches (fewer segments to merge), then back to FTS5's default.
INSERT INTO `search_fts_meeting`(`search_fts_meeting`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts_meeting`(`search_fts_meeting`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts_meeting`(`search_fts_meeting`, `rank`) VALUES ('hashsize', 1048576);
--> statement-breakpoint
CREATE VIEW `search_docs_person` AS SELECT doc_id, folded FROM search_docs WHERE entity = 'person';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_person` USING fts5(folded, content='search_docs_person', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
INSERT INTO `search_fts_person`(`search_fts_person`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts_person`(`search_fts_person`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts_person`(`search_fts_person`, `rank`) VALUES ('hashsize', 1048576);
--> statement-breakpoint
CREATE VIEW `search_docs_agency` AS SELECT doc_id, folded FROM search_docs WHERE entity = 'agency';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_agency` USING fts5(folded, content='search_docs_agency', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
INSERT INTO `search_fts_agency`(`search_fts_agency`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts_agency`(`search_fts_agency`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts_agency`(`search_fts_agency`, `rank`) VALUES ('hashsize', 1048576);
--> statement-breakpoint
CREATE VIEW `search_docs_body` AS SELECT doc_id, folded FROM search_docs WHERE entity = 'body';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_body` USING fts5(folded, content='search_docs_body', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
INSERT INTO `search_fts_body`(`search_fts_body`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts_body`(`search_fts_body`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts_body`(`search_fts_body`, `rank`) VALUES ('hashsize', 1048576);
--> statement-breakpoint
CREATE VIEW `search_docs_action_item` AS SELECT doc_id, folded FROM search_docs WHERE entity = 'action_item';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_action_item` USING fts5(folded, content='search_docs_action_item', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20');
--> statement-breakpoint
INSERT INTO `search_fts_action_item`(`search_fts_action_item`, `rank`) VALUES ('hashsize', 67108864);
--> statement-breakpoint
INSERT INTO `search_fts_action_item`(`search_fts_action_item`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_fts_action_item`(`search_fts_action_item`, `rank`) VALUES ('hashsize', 1048576);
--> statement-breakpoint
CREATE TRIGGER `search_docs_ai` AFTER INSERT ON `search_docs` BEGIN
  INSERT INTO search_fts_meeting(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'meeting';
  INSERT INTO search_fts_person(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'person';
  INSERT INTO search_fts_agency(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'agency';
  INSERT INTO search_fts_body(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'body';
  INSERT INTO search_fts_action_item(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'action_item';
END;
--> statement-breakpoint
CREATE TRIGGER `search_docs_ad` AFTER DELETE ON `search_docs` BEGIN
  INSERT INTO search_fts_meeting(search_fts_meeting, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'meeting';
  INSERT INTO search_fts_person(search_fts_person, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'person';
  INSERT INTO search_fts_agency(search_fts_agency, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'agency';
  INSERT INTO search_fts_body(search_fts_body, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'body';
  INSERT INTO search_fts_action_item(search_fts_action_item, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'action_item';
END;
--> statement-breakpoint
-- Every old word out before any new word in: an update that keeps the kind re-indexes the same
-- row of the same index.
CREATE TRIGGER `search_docs_au` AFTER UPDATE ON `search_docs` BEGIN
  INSERT INTO search_fts_meeting(search_fts_meeting, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'meeting';
  INSERT INTO search_fts_person(search_fts_person, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'person';
  INSERT INTO search_fts_agency(search_fts_agency, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'agency';
  INSERT INTO search_fts_body(search_fts_body, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'body';
  INSERT INTO search_fts_action_item(search_fts_action_item, rowid, folded) SELECT 'delete', old.doc_id, old.folded WHERE old.entity = 'action_item';
  INSERT INTO search_fts_meeting(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'meeting';
  INSERT INTO search_fts_person(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'person';
  INSERT INTO search_fts_agency(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'agency';
  INSERT INTO search_fts_body(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'body';
  INSERT INTO search_fts_action_item(rowid, folded) SELECT new.doc_id, new.folded WHERE new.entity = 'action_item';
END;
