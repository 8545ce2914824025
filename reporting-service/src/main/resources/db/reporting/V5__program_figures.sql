-- Each programme's figures (readmodels.FigureTotals): the sums of its enrollments' figure columns,
-- kept by the fold adding each batch's change in the same transaction, so reading a programme's
-- figures costs one row instead of a scan of its enrollments. Hours are numeric: a total kept by
-- adding changes must stay exactly the sum (double additions would drift).
ALTER TABLE program
    ADD COLUMN enrolled               bigint  NOT NULL DEFAULT 0,
    ADD COLUMN confirmed              bigint  NOT NULL DEFAULT 0,
    ADD COLUMN waitlisted             bigint  NOT NULL DEFAULT 0,
    ADD COLUMN withdrawn              bigint  NOT NULL DEFAULT 0,
    ADD COLUMN cancelled              bigint  NOT NULL DEFAULT 0,
    ADD COLUMN completed              bigint  NOT NULL DEFAULT 0,
    ADD COLUMN not_completed          bigint  NOT NULL DEFAULT 0,
    ADD COLUMN promoted_from_waitlist bigint  NOT NULL DEFAULT 0,
    ADD COLUMN training_hours         numeric NOT NULL DEFAULT 0;

-- The programmes already stored. ::text::numeric takes the decimal the double prints as, as the
-- fold's BigDecimal.valueOf does. The zero defaults stay: a new programme starts with no figures.
UPDATE program p SET
    enrolled = f.enrolled,
    confirmed = f.confirmed,
    waitlisted = f.waitlisted,
    withdrawn = f.withdrawn,
    cancelled = f.cancelled,
    completed = f.completed,
    not_completed = f.not_completed,
    promoted_from_waitlist = f.promoted_from_waitlist,
    training_hours = f.training_hours
FROM (
    SELECT program_id,
           sum(enrolled) AS enrolled,
           sum(confirmed) AS confirmed,
           sum(waitlisted) AS waitlisted,
           sum(withdrawn) AS withdrawn,
           sum(cancelled) AS cancelled,
           sum(completed) AS completed,
           sum(not_completed) AS not_completed,
           sum(promoted_from_waitlist) AS promoted_from_waitlist,
           sum(training_hours::text::numeric) AS training_hours
    FROM enrollment
    GROUP BY program_id
) f
WHERE f.program_id = p.program_id;
