-- The focal-point matrix at scale (issue 5).
-- 1. focal_coverage: for each live body, the union of the periods of its live focal-point
--    assignments merged into disjoint intervals (valid_to NULL = open-ended). Derived data,
--    kept by the triggers below; the app never writes it. The same rebuild is
--    FOCAL_COVERAGE_REBUILD in db/repo/focal.ts (used by the bulk generator).
CREATE TABLE `focal_coverage` (
	`body_id` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `focal_coverage_body` ON `focal_coverage` (`body_id`,`valid_from`,`valid_to`);--> statement-breakpoint
CREATE INDEX `focal_coverage_period` ON `focal_coverage` (`valid_from`,`valid_to`);--> statement-breakpoint
-- 2. bodies.pillar_code: the code of the body's pillar, copied by triggers, so that the matrix's
--    order (pillar code, then body code) has an index.
ALTER TABLE `bodies` ADD `pillar_code` text;--> statement-breakpoint
CREATE INDEX `bodies_pillar_order` ON `bodies` ((coalesce("pillar_code", '') || ' ' || "code"),`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
UPDATE `bodies` SET `pillar_code` = (SELECT p.code FROM pillars p WHERE p.id = bodies.pillar_id);--> statement-breakpoint
CREATE TRIGGER `bodies_pillar_code_ai` AFTER INSERT ON `bodies` BEGIN
  UPDATE bodies SET pillar_code = (SELECT p.code FROM pillars p WHERE p.id = new.pillar_id) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `bodies_pillar_code_au` AFTER UPDATE OF pillar_id ON `bodies` BEGIN
  UPDATE bodies SET pillar_code = (SELECT p.code FROM pillars p WHERE p.id = new.pillar_id) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `pillars_code_au` AFTER UPDATE OF code ON `pillars` BEGIN
  UPDATE bodies SET pillar_code = new.code WHERE pillar_id = new.id;
END;
--> statement-breakpoint
-- The coverage of every body at once (periods sorted by start; a period starting after the
-- day following the latest end so far begins a new interval).
INSERT INTO focal_coverage (body_id, valid_from, valid_to)
SELECT body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
  SELECT body_id, valid_from, until, sum(starts) OVER (PARTITION BY body_id ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
    SELECT f.body_id, f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
           coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (PARTITION BY f.body_id ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
      FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
     WHERE f.deleted_at IS NULL))
GROUP BY body_id, island;--> statement-breakpoint
-- One body's coverage, recomputed whenever one of its assignments or its tombstone changes.
CREATE TRIGGER `focal_coverage_ai` AFTER INSERT ON `focal_assignments` BEGIN
  DELETE FROM focal_coverage WHERE body_id = new.body_id;
  INSERT INTO focal_coverage (body_id, valid_from, valid_to)
  SELECT new.body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
    SELECT valid_from, until, sum(starts) OVER (ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
      SELECT f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
             coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
        FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
       WHERE f.body_id = new.body_id AND f.deleted_at IS NULL))
  GROUP BY island;
END;
--> statement-breakpoint
CREATE TRIGGER `focal_coverage_au` AFTER UPDATE OF body_id, valid_from, valid_to, deleted_at ON `focal_assignments` BEGIN
  DELETE FROM focal_coverage WHERE body_id = new.body_id;
  INSERT INTO focal_coverage (body_id, valid_from, valid_to)
  SELECT new.body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
    SELECT valid_from, until, sum(starts) OVER (ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
      SELECT f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
             coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
        FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
       WHERE f.body_id = new.body_id AND f.deleted_at IS NULL))
  GROUP BY island;
END;
--> statement-breakpoint
CREATE TRIGGER `focal_coverage_au_old_body` AFTER UPDATE OF body_id ON `focal_assignments` WHEN old.body_id IS NOT new.body_id BEGIN
  DELETE FROM focal_coverage WHERE body_id = old.body_id;
  INSERT INTO focal_coverage (body_id, valid_from, valid_to)
  SELECT old.body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
    SELECT valid_from, until, sum(starts) OVER (ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
      SELECT f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
             coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
        FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
       WHERE f.body_id = old.body_id AND f.deleted_at IS NULL))
  GROUP BY island;
END;
--> statement-breakpoint
CREATE TRIGGER `focal_coverage_ad` AFTER DELETE ON `focal_assignments` BEGIN
  DELETE FROM focal_coverage WHERE body_id = old.body_id;
  INSERT INTO focal_coverage (body_id, valid_from, valid_to)
  SELECT old.body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
    SELECT valid_from, until, sum(starts) OVER (ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
      SELECT f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
             coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
        FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
       WHERE f.body_id = old.body_id AND f.deleted_at IS NULL))
  GROUP BY island;
END;
--> statement-breakpoint
CREATE TRIGGER `focal_coverage_body_au` AFTER UPDATE OF deleted_at ON `bodies` BEGIN
  DELETE FROM focal_coverage WHERE body_id = new.id;
  INSERT INTO focal_coverage (body_id, valid_from, valid_to)
  SELECT new.id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
    SELECT valid_from, until, sum(starts) OVER (ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
      SELECT f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
             coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
        FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
       WHERE f.body_id = new.id AND f.deleted_at IS NULL))
  GROUP BY island;
END;
