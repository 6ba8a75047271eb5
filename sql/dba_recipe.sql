-- The DBA's login of README.md and doc/buyer-group.md (issue 18): a login
-- in circular_ict_admin with no CREATEROLE, which adds the group's logins
-- through the extension's functions (src/logins.sql) and can do nothing
-- else with roles.  As that login (SET ROLE drops the superuser's rights;
-- test/checks/buyer_group_logins does the same with real logins) every
-- way up is tried: the predefined roles that run programs and read and
-- write files as the server's operating-system user, superuser, its own
-- attributes, and the functions given roles that are not the group's
-- logins.  The errors differ by major: PostgreSQL 16 reworded them
-- (expected/dba_recipe_1.out).
--   regress_dba          the DBA, as the recipe creates it
--   regress_dba_super    a superuser (what a login function must not touch)
--   regress_dba_victim   in circular_ict_member and pg_execute_server_program
--   regress_dba_granted  in circular_ict_member, granted a table privilege
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_dba, regress_dba_super, regress_dba_victim, regress_dba_granted,
	regress_dba_ana, regress_dba_bi, "regress_dba ""x""; ALTER ROLE regress_dba SUPERUSER; --";
RESET client_min_messages;
-- the recipe
CREATE ROLE regress_dba LOGIN PASSWORD 'dba secret' IN ROLE circular_ict_admin;
CREATE ROLE regress_dba_super SUPERUSER;
CREATE ROLE regress_dba_victim LOGIN IN ROLE circular_ict_member, pg_execute_server_program;
CREATE ROLE regress_dba_granted LOGIN IN ROLE circular_ict_member;
GRANT SELECT ON circular_ict.organisation_benchmark TO regress_dba_granted;
INSERT INTO circular_ict.organisation (name) VALUES ('Regress DBA A'), ('Regress DBA B');

SET ROLE regress_dba;
-- 1. the ways up PostgreSQL itself refuses
GRANT pg_execute_server_program TO regress_dba;
GRANT pg_read_server_files TO regress_dba;
GRANT pg_write_server_files TO regress_dba;
GRANT pg_read_all_data, pg_write_all_data TO regress_dba;
GRANT circular_ict_admin TO regress_dba_victim;
CREATE ROLE regress_dba_x SUPERUSER;
CREATE ROLE regress_dba_x LOGIN;
ALTER ROLE regress_dba SUPERUSER;
ALTER ROLE regress_dba CREATEROLE;
ALTER ROLE regress_dba BYPASSRLS;
ALTER ROLE regress_dba_victim PASSWORD 'taken';
DROP ROLE regress_dba_victim;
COPY (SELECT 1) TO PROGRAM 'id';
COPY (SELECT 1) TO '/tmp/regress_dba';
SELECT pg_read_file('postgresql.conf', 0, 1);

-- 2. the login functions refuse roles that are not the group's logins,
-- names they must not create, and bad arguments
SELECT circular_ict.create_login('pg_execute_server_program', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login('pg_regress_dba', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login('regress_dba_super', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login('circular_ict_admin', 'Regress DBA A', 'analyst');
SELECT circular_ict.set_login_password('regress_dba_super', 'taken');
SELECT circular_ict.set_login_password('regress_dba', 'taken');
SELECT circular_ict.set_login_password('circular_ict_member', 'taken');
SELECT circular_ict.set_login_password('circular_ict_admin', 'taken');
SELECT circular_ict.set_login_password('regress_dba_victim', 'taken');
SELECT circular_ict.set_login_password('regress_dba_granted', 'taken');
SELECT circular_ict.drop_login('regress_dba_victim');
SELECT circular_ict.drop_login('regress_dba_super');
SELECT circular_ict.add_login_organisation('regress_dba_victim', 'Regress DBA A', 'analyst');
SELECT circular_ict.add_login_organisation('regress_dba_nobody', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login(NULL, 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login('', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login(repeat('x', 64), 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login(repeat('é', 32), 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login(E'regress_dba\nx', 'Regress DBA A', 'analyst');
SELECT circular_ict.create_login('regress_dba_y', 'Regress DBA A', 'superuser');
SELECT circular_ict.create_login('regress_dba_y', 'Regress DBA A', NULL);
SELECT circular_ict.create_login('regress_dba_y', 'No such organisation', 'analyst');
SELECT circular_ict.create_login('regress_dba_y', NULL, 'reader');
-- a name PostgreSQL reserves: its error, without the statement (and the
-- password in it) as context
\set SHOW_CONTEXT always
SELECT circular_ict.create_login('public', 'Regress DBA A', 'analyst', 'a secret');
\set SHOW_CONTEXT never
-- none of it left a role
SELECT count(*) AS roles_made FROM pg_roles WHERE rolname IN ('regress_dba_x', 'regress_dba_y', 'public');

-- 3. what the DBA does: an analyst, a BI login, a name with quotes,
-- spaces and SQL in it (quoted, so it is only a name), a second
-- organisation, a new password
SELECT circular_ict.create_login('regress_dba_ana', 'Regress DBA A', 'analyst', 'ana secret');
SELECT circular_ict.create_login('regress_dba_bi', 'Regress DBA A', 'reader');
SELECT circular_ict.create_login('regress_dba "x"; ALTER ROLE regress_dba SUPERUSER; --', 'Regress DBA B', 'reader');
SELECT circular_ict.add_login_organisation('regress_dba_ana', 'Regress DBA B', 'reader');
SELECT circular_ict.add_login_organisation('regress_dba_bi', 'Regress DBA A', 'analyst');
SELECT circular_ict.set_login_password('regress_dba_ana', 'new secret');
SELECT circular_ict.set_login_password('regress_dba_bi', NULL);
SELECT circular_ict.create_login('regress_dba_ana', 'Regress DBA A', 'analyst');
-- and cannot raise a login it made either
GRANT pg_execute_server_program TO regress_dba_ana;
ALTER ROLE regress_dba_ana SUPERUSER;
RESET ROLE;

-- what the roles are now: nobody but regress_dba_super is a superuser or
-- has CREATEROLE, the DBA is in circular_ict_admin only, the logins in
-- circular_ict_member only
SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolcanlogin,
	   r.rolpassword IS NOT NULL AS has_password,
	   ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1) AS member_of
FROM pg_authid r WHERE r.rolname LIKE 'regress\_dba%' ORDER BY 1;
SELECT m.role, o.name AS organisation, m.can_write
FROM circular_ict.organisation_member m JOIN circular_ict.organisation o ON o.id = m.organisation_id
WHERE o.name LIKE 'Regress DBA %' ORDER BY 1, 2;
-- the new analyst reads its organisations; neither it nor another member
-- may run the login functions
SET ROLE regress_dba_ana;
SELECT name FROM circular_ict.organisation WHERE name LIKE 'Regress DBA %' ORDER BY 1;
SELECT circular_ict.create_login('regress_dba_y', 'Regress DBA A', 'analyst');
SELECT circular_ict.set_login_password('regress_dba_bi', 'taken');
RESET ROLE;
SET ROLE regress_dba_granted;
SELECT circular_ict.drop_login('regress_dba_ana');
RESET ROLE;

-- 4. the DBA drops the logins (and their rows of organisation_member)
SET ROLE regress_dba;
SELECT circular_ict.drop_login('regress_dba_ana');
SELECT circular_ict.drop_login('regress_dba_bi');
SELECT circular_ict.drop_login('regress_dba "x"; ALTER ROLE regress_dba SUPERUSER; --');
SELECT circular_ict.drop_login('regress_dba_ana');
RESET ROLE;
SELECT count(*) AS roles_left FROM pg_roles WHERE rolname LIKE 'regress\_dba\_%' AND rolname NOT IN
	('regress_dba_super', 'regress_dba_victim', 'regress_dba_granted');
SELECT count(*) AS memberships_left FROM circular_ict.organisation_member
WHERE role LIKE 'regress\_dba%';

-- clean up
DELETE FROM circular_ict.organisation WHERE name LIKE 'Regress DBA %';
REVOKE SELECT ON circular_ict.organisation_benchmark FROM regress_dba_granted;
DROP ROLE regress_dba, regress_dba_super, regress_dba_victim, regress_dba_granted;
