-- Seats taken and waitlist length of each programme, kept on the row every enrollment change
-- locks first and moved by the statements that change an enrollment's status, so placing a
-- newcomer reads two numbers instead of counting the programme's enrollments. Back-filled from
-- the enrollments stored so far (dense waitlist positions: the length is the last position).
ALTER TABLE program_view
    ADD COLUMN seats_taken     INT NOT NULL DEFAULT 0 CHECK (seats_taken >= 0),
    ADD COLUMN waitlist_length INT NOT NULL DEFAULT 0 CHECK (waitlist_length >= 0);
UPDATE program_view v
   SET seats_taken = c.confirmed, waitlist_length = c.waitlisted
  FROM (SELECT program_id,
               count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
               count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
          FROM enrollment
         WHERE status IN ('CONFIRMED', 'WAITLISTED')
         GROUP BY program_id) c
 WHERE v.program_id = c.program_id;
