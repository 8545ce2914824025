CREATE DATABASE crew_program OWNER crew;
CREATE DATABASE crew_enrollment OWNER crew;
CREATE DATABASE crew_reporting OWNER crew;
CREATE DATABASE crew_registry OWNER crew;
