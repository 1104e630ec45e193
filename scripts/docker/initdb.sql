-- Roles and database of the portal, as scripts/pg.sh creates them for a local cluster.
-- Run once by the postgres image on an empty data folder (docker-compose.yml mounts it into
-- /docker-entrypoint-initdb.d). The passwords are demo secrets: change them for real use.
CREATE ROLE enbek_owner LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOBYPASSRLS
  PASSWORD 'enbek_owner_demo_password';
CREATE ROLE enbek_portal LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
  PASSWORD 'enbek_portal_demo_password';
CREATE DATABASE enbek OWNER enbek_owner;

\connect enbek
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO enbek_owner;

-- Databases created later from template1 get the same schema rights.
\connect template1
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO enbek_owner;
