-- What each enrollment counts for in every figure (readmodels.EnrollmentFigures), computed by the
-- fold and written with the enrollment's state; the queries only sum these columns (and count the
-- distinct crew_member), so no figure is defined in SQL.
ALTER TABLE enrollment
    ADD COLUMN enrolled               smallint NOT NULL DEFAULT 0,
    ADD COLUMN confirmed              smallint NOT NULL DEFAULT 0,
    ADD COLUMN waitlisted             smallint NOT NULL DEFAULT 0,
    ADD COLUMN withdrawn              smallint NOT NULL DEFAULT 0,
    ADD COLUMN cancelled              smallint NOT NULL DEFAULT 0,
    ADD COLUMN completed              smallint NOT NULL DEFAULT 0,
    ADD COLUMN not_completed          smallint NOT NULL DEFAULT 0,
    ADD COLUMN promoted_from_waitlist smallint NOT NULL DEFAULT 0,
    ADD COLUMN training_hours         double precision NOT NULL DEFAULT 0,
    ADD COLUMN crew_member            text;

-- The defaults only carry the rows already there to V3.1 (projection.EnrollmentFiguresMigration),
-- which computes their figures with the fold's definition; every write names every column.
ALTER TABLE enrollment
    ALTER COLUMN enrolled DROP DEFAULT,
    ALTER COLUMN confirmed DROP DEFAULT,
    ALTER COLUMN waitlisted DROP DEFAULT,
    ALTER COLUMN withdrawn DROP DEFAULT,
    ALTER COLUMN cancelled DROP DEFAULT,
    ALTER COLUMN completed DROP DEFAULT,
    ALTER COLUMN not_completed DROP DEFAULT,
    ALTER COLUMN promoted_from_waitlist DROP DEFAULT,
    ALTER COLUMN training_hours DROP DEFAULT;
