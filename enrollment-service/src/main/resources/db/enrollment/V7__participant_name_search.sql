-- Registrars find a returning participant by name, whatever the letter case (POST
-- /participants/search); the e-mail already has its unique lower(email) index.
CREATE INDEX participant_name_lower ON participant (lower(name));
