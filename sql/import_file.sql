-- import_file(organisation, file bytea, delimiter, date_order): a whole
-- inventory file in one call, read as real exports write it.  The files
-- here are small and written inline (convert_to / decode), one trait each;
-- test/checks/import_files loads files of several hundred lines with every
-- trait and compares them row by row.
\set SHOW_CONTEXT never
SET search_path = circular_ict, public;
INSERT INTO organisation (name) VALUES ('F'), ('G');
-- a helper that imports one text for F and shows the outcome
CREATE FUNCTION pg_temp.load(content bytea, delim text DEFAULT NULL, dates text DEFAULT NULL)
	RETURNS TABLE (lines bigint, imported bigint, rejected bigint, skipped bigint, ignored text, encoding text,
				   separator text, dates_read text)
	LANGUAGE sql AS $$
	SELECT i.lines, i.imported, i.rejected, i.skipped, array_to_string(i.ignored_columns, ', '), i.encoding,
		   CASE i.separator WHEN E'\t' THEN 'tab' ELSE i.separator END, i.dates_read
	FROM circular_ict.import_file('F', content, delim, dates) i $$;
-- text as UTF-16 (little or big endian, no byte-order mark), as Excel writes it
CREATE FUNCTION pg_temp.utf16(t text, big_endian boolean DEFAULT false) RETURNS bytea
	LANGUAGE sql AS $$
	SELECT coalesce(string_agg(CASE WHEN big_endian THEN '\x' || lpad(to_hex(u), 4, '0')
									ELSE '\x' || lpad(to_hex(u & 255), 2, '0') || lpad(to_hex(u >> 8), 2, '0') END::bytea,
							   ''::bytea ORDER BY i, k), '')
	FROM (SELECT c.i, units.k, units.u
		  FROM regexp_split_to_table(t, '') WITH ORDINALITY c (ch, i),
			   LATERAL (SELECT ascii(c.ch) AS cp) p,
			   LATERAL (SELECT 1 AS k, CASE WHEN p.cp < 65536 THEN p.cp ELSE 55296 + ((p.cp - 65536) >> 10) END AS u
						UNION ALL SELECT 2, 56320 + ((p.cp - 65536) & 1023) WHERE p.cp >= 65536) units) x $$;
CREATE FUNCTION pg_temp.errors() RETURNS TABLE (line integer, column_name text, value text, message text)
	LANGUAGE sql AS $$
	SELECT e.line, e.column_name, left(e.value, 40), e.message FROM circular_ict.import_error e
	WHERE e.organisation_id = (SELECT id FROM circular_ict.organisation WHERE name = 'F')
	ORDER BY e.line, e.column_name $$;

-- 1. the G4IT traits: a trailing ';' on every line, " inside unquoted
-- values (G4IT reads them as ordinary characters), CRLF, a retirement date
-- for devices in use (kept as the planned retirement), blank lines and a
-- line of delimiters only (skipped and counted)
SELECT * FROM pg_temp.load(convert_to(
	E'nomEquipementPhysique;modele;quantite;dateAchat;dateRetrait;type;statut;paysDUtilisation;nomEntite;\r\n' ||
	E'ACC-1;POCHETTE NEOPRENE 12";1;2021-03-15;2026-06-30;Laptop;In use;France;DSI;\r\n' ||
	E'ACC-2;SACOCHE 13"/14" STANDARD;1;2021-03-15;2024-01-31;Laptop;Retired;France;DSI;\r\n' ||
	E'\r\n' ||
	E';;;;;;;;;\r\n' ||
	E'SCR-1;APPLE DISPLAY STUDIO 27";2;2022/05/01;;Ecran;En stock;FR;DSI;\r\n', 'UTF8'));
SELECT a.serial, m.model, a.quantity, a.purchased, a.retired, a.planned_retirement, a.status, a.eol_route,
	   a.category, a.country
FROM asset a LEFT JOIN product_model m ON m.id = a.model_id ORDER BY a.serial;

-- 2. RFC 4180 quoting: a quoted value may hold the delimiter, line ends and
-- "" (the line number of the next record counts the line end inside);
-- columns in any order and case, spaces around names; unknown columns are
-- listed, not imported
SELECT * FROM pg_temp.load(convert_to(
	E' Purchased ,SERIAL,category,Notes,Model\n' ||
	E'2020-01-01,Q-1,laptop,"a note, with a comma",X1\n' ||
	E'2020-01-01,Q-2,laptop,"two\nlines",X1\n' ||
	E'2020-01-01,Q-3,laptop,"a ""quoted"" word",X1\n', 'UTF8'));
SELECT serial FROM asset WHERE serial LIKE 'Q-%' ORDER BY 1;
-- a stray quote that opens a value and a " that happens to end one lines
-- later would make one record of two lines with the header's fields: a
-- quoted value spanning lines that holds a whole line's worth of
-- delimiters is read again, each line on its own (nothing swallowed)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;entity\n'
	'S-1;laptop;2020-01-01;"Dept\nS-2;laptop;2020-01-02;Salle 24"\nS-3;laptop;2020-01-03;x\n'
	'S-4;monitor;"27 inch;2020-01-01\nS-5;monitor;Studio 27";2020-01-02\n', 'UTF8'));
SELECT serial, category, purchased, entity FROM asset WHERE serial LIKE 'S-%' ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'S-%' ORDER BY 1;

-- 3. bad lines are rejected with their line number and the file's column
-- name, the others go on; every rejected line is kept whole in staged_row
SELECT * FROM pg_temp.load(convert_to(
	E'serial;category;purchased;retired;status;quantity;country\n' ||
	E'B-1;toaster;2020-01-01;;;1;NL\n' ||
	E'B-2;laptop;2020-01-01\n' ||
	E'B-3;laptop;2020-01-01;;;1;NL;extra\n' ||
	E'B-4;laptop;2020-01-01;;;1;NL;;;\n' ||
	E'B-5;laptop;2020-02-30;;;1;NL\n' ||
	E'B-6;laptop;2020-01-01;;lost;1;NL\n' ||
	E'B-7;laptop;2020-01-01;2021-05-05;lost;1;NL\n' ||
	E'B-8;laptop;2020-01-01;2019-05-05;in use;1;NL\n' ||
	E'B-9;laptop;2020-01-01;;;0;Atlantis\n' ||
	E'B-10;laptop;2020-01-01;;donated;1;NL\n' ||
	E'B-11;laptop;2020-01-01;;in orbit;1;NL\n', 'UTF8'));
SELECT * FROM pg_temp.errors();
SELECT staged_row FROM import_error WHERE line = 2 AND column_name = 'category';
SELECT serial, status, retired, eol_route FROM asset WHERE serial LIKE 'B-%' ORDER BY 1;

-- 4. encodings: UTF-8 with BOM; UTF-16LE and BE with BOM (Excel's "Unicode
-- text": tabs); bytes that are not UTF-8 read as Windows-1252; CR line ends
SELECT * FROM pg_temp.load(convert_to(E'\uFEFFserial;category;purchased;entity\nE-1;laptop;2020-01-01;Ministère\n', 'UTF8'));
SELECT * FROM pg_temp.load('\xfffe'::bytea || pg_temp.utf16(E'serial\tcategory\tpurchased\tentity\r\nE-2\tlaptop\t2020-01-01\tBüro 日本 \U0001F4BB\r\n'));
SELECT * FROM pg_temp.load('\xfeff'::bytea || pg_temp.utf16(E'serial\tcategory\tpurchased\tentity\nE-3\tlaptop\t2020-01-01\tØresund\n', true));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,entity\rE-4,laptop,2020-01-01,', 'UTF8')
	|| '\xe97465208076'::bytea || convert_to(E'\rE-5,laptop,2020-01-01,caf', 'UTF8') || '\xc3a9'::bytea);
-- UTF-16 without a byte-order mark (SQL Server's bcp -w, iconv): found
-- from a header that starts with two ASCII characters
SELECT * FROM pg_temp.load(pg_temp.utf16(E'serial;category;purchased;entity\nE-9;laptop;2020-01-01;Gr\u00FCn\n'));
SELECT * FROM pg_temp.load(pg_temp.utf16(E'serial;category;purchased;entity\r\nE-10;laptop;2020-01-01;\u65E5\u672C\r\n', true));
SELECT serial, entity FROM asset WHERE serial LIKE 'E-%' ORDER BY 1;
-- bad UTF-16 (an unpaired surrogate, a lone byte at the end), a NUL
SELECT * FROM pg_temp.load('\xfffe'::bytea || pg_temp.utf16(E'serial\tcategory\tpurchased\nE-6\tlaptop\t2020-01-01\nE-7\tlaptop\t')
	|| '\x00d8'::bytea || pg_temp.utf16(E'\n') || '\x41'::bytea);
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nE-8;lap', 'UTF8') || '\x00'::bytea || convert_to(E'top;2020-01-01\n', 'UTF8'));
SELECT * FROM pg_temp.errors() WHERE line IS NOT NULL AND value IS NULL OR column_name = '(line)' OR message LIKE '%NUL%';

-- 5. dates: YYYY/MM/DD; A/B/Y day first or month first, found from the
-- file's unambiguous dates, or given; a date that reads both ways when
-- nothing says which is rejected, never guessed; two-digit years
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nD-1;laptop;23/01/2021\nD-2;laptop;05/06/2021\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased\nD-3,laptop,1/23/23\nD-4,laptop,5/6/23\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nD-5;laptop;2021-01-01\nD-6;laptop;05/06/2021\nD-7;laptop;07/07/2021\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nD-8;laptop;05/06/2021\n', 'UTF8'), NULL, 'mdy');
SELECT serial, purchased FROM asset WHERE serial LIKE 'D-%' ORDER BY 1;
SELECT * FROM pg_temp.errors() WHERE value LIKE '%/%';
SELECT import_date('2021/03/15'), import_date('15-03-2021'), import_date('15.03.2021'), import_date('5/6/23'),
	   import_date('21-03-15'), import_date('5/6/23', 'MDY'), import_date('23/1/2021', 'MDY');
SELECT v, import_date_order(v) FROM unnest(ARRAY['23/01/2021', '1/23/2021', '05/06/2021', '05/05/2021', '2021-01-05', '31/31/2021']) v;

-- 6. the whole file refused: nothing is imported
SELECT * FROM pg_temp.load(''::bytea);
SELECT * FROM pg_temp.load(convert_to(E'\n \n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'just one column\nA-1\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'foo;bar;baz\n1;2;3\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;serial\n1;laptop;2020-01-01;1\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;nomEquipementPhysique;category;purchased\n1;1;laptop;2020-01-01\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nD-9;laptop;23/01/2021\nD-10;laptop;01/23/2021\n', 'UTF8'));
-- UTF-16 without a byte-order mark whose first character is not ASCII
SELECT * FROM pg_temp.load(pg_temp.utf16(E'\u00C9tiquette;serial;category;purchased\n1;2;laptop;2020-01-01\n'));
SELECT * FROM pg_temp.load('\xfffe'::bytea || pg_temp.utf16(E'serial\tcategory') || '\x00dc'::bytea);
SELECT * FROM pg_temp.load('\x00ff10fe0301'::bytea);
SELECT * FROM pg_temp.load(convert_to('serial;category;purchased' || repeat(';x', 100000), 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\n1;laptop;2020-01-01\n', 'UTF8'), ':');
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\n1;laptop;2020-01-01\n', 'UTF8'), NULL, 'YMD');
SELECT * FROM import_file('F', NULL);
SELECT * FROM import_file(NULL, convert_to('serial;category;purchased', 'UTF8'));
SELECT * FROM import_file('Nobody', convert_to('serial;category;purchased', 'UTF8'));
-- the delimiter can be given (a file whose header has more commas than semicolons)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;notes, more, commas\nK-1;laptop;2020-01-01;a, b\n', 'UTF8'), ';');

-- 7. a value longer than 64 kB, a line of 2000 fields: rejected lines
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nL-1;laptop;' || repeat('x', 70000) || E'\nL-2;laptop;2020-01-01' || repeat(';', 2000) || E'\nL-3;laptop;2020-01-01\n', 'UTF8'));
SELECT line, column_name, message FROM import_error WHERE line IN (2, 3) AND message LIKE '%65536%' OR message LIKE '%1600%' ORDER BY 1;

-- 8. the vocabulary is data: a DBA's own header name and status word
INSERT INTO import_column_alias (header, field) VALUES ('Inventarnummer', 'serial');
INSERT INTO status_alias (alias, status) VALUES ('Im Einsatz', 'in_use');
SELECT * FROM pg_temp.load(convert_to(E'Inventarnummer;category;purchased;status\nV-1;laptop;2020-01-01;im einsatz\n', 'UTF8'));
SELECT key, field, preference FROM import_column_lookup WHERE key IN ('inventarnummer', 'asset tag', 'serial', 'nomequipementphysique') ORDER BY 1;
SELECT key, status, eol_route FROM status_lookup WHERE key IN ('in use', 'lost', 'donated', 'uitgegeven', 'en stock', 'rebut', 'im einsatz') ORDER BY 1;
-- Snipe-IT: Asset Tag is the identifier; its manufacturer Serial is listed, not imported
-- and its Asset EOL Date is a planned end of life, never an actual one
SELECT * FROM pg_temp.load(convert_to(E'Asset Tag,Serial,Category,Purchase Date,Asset EOL Date,Status\n'
	'TAG-1,C02XYZ,Laptops,2021-04-01,2025-04-01,Ready to Deploy\nTAG-2,C02XYW,Laptops,2021-04-01,2025-04-01,Deployed\n'
	'TAG-3,C02XYV,Laptops,2021-04-01,2020-04-01,Deployed\n', 'UTF8'));
SELECT serial, status, retired, planned_retirement FROM asset WHERE serial LIKE 'TAG-%' ORDER BY 1;

-- 9. members: import_file obeys row-level security as asset_import does
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_if_w, regress_if_r;
RESET client_min_messages;
CREATE ROLE regress_if_w NOLOGIN IN ROLE circular_ict_member;
CREATE ROLE regress_if_r NOLOGIN IN ROLE circular_ict_member;
INSERT INTO organisation_member (role, organisation_id, can_write)
SELECT 'regress_if_w', id, true FROM organisation WHERE name = 'F'
UNION ALL SELECT 'regress_if_r', id, false FROM organisation WHERE name = 'F';
SET ROLE regress_if_w;
SELECT lines, imported FROM import_file('F', convert_to(E'serial;category;purchased\nM-1;laptop;2020-01-01\n', 'UTF8'));
SELECT * FROM import_file('G', convert_to(E'serial;category;purchased\nM-2;laptop;2020-01-01\n', 'UTF8'));
SET ROLE regress_if_r;
SELECT * FROM import_file('F', convert_to(E'serial;category;purchased\nM-3;laptop;2020-01-01\n', 'UTF8'));
RESET ROLE;
SELECT o.name, a.serial FROM asset a JOIN organisation o ON o.id = a.organisation_id WHERE a.serial LIKE 'M-%';
DELETE FROM organisation_member WHERE role IN ('regress_if_w', 'regress_if_r');
DROP ROLE regress_if_w, regress_if_r;

-- 10. the readers on their own
SELECT * FROM inventory_header(convert_to(E'\n\na\tb\tc\n1\t2\t3\n', 'UTF8'));
SELECT * FROM inventory_records(convert_to(E'a;b;\n1;"x;y";\n\n2;3\n', 'UTF8'), ';', 3, 2);
SELECT * FROM inventory_records(convert_to(E'a;b\n1;2\n', 'UTF8'), 'x', 2, 2);
SELECT * FROM inventory_records(convert_to(E'a;b\n1;2\n', 'UTF8'), ';', 2, 3);
-- 11. what spreadsheets and web pages leave in a file.  Excel's separator
-- line before the header names the delimiter (here a tab where the
-- header's semicolons would tie with its tabs) and counts as line 1;
-- quoted or not, any case
SELECT * FROM pg_temp.load(convert_to(E'"SEP=\t"\r\nserial\tcategory\tpurchased\tnotes;a;b;c\r\n'
	'X-1\tlaptop\t2021-03-04\tx;y;z;w\r\nX-2\ttoaster\t2021-03-04\t\r\n', 'UTF8'));
SELECT line, column_name, value FROM import_error WHERE staged_row ->> 'serial' = 'X-2';
SELECT * FROM inventory_header(convert_to(E'sep=,\nserial,category\n', 'UTF8'));
-- a separator line naming another delimiter; one with nothing after it;
-- "sep=" alone is no header: the header is the line after it (section 12)
SELECT * FROM pg_temp.load(convert_to(E'sep=:\nserial:category:purchased\nX-3:laptop:2021-03-04\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'sep=;\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'sep=\nserial;category;purchased\n', 'UTF8'));
-- no-break spaces (U+00A0, U+2007, U+202F, and 0xA0 of Windows-1252) read
-- as spaces, zero-width ones (U+200B, U+FEFF: a byte-order mark written
-- twice) dropped, and the spaces around them trimmed: the header's names
-- match, the serials hold no invisible bytes; a line of them alone is blank
SELECT * FROM pg_temp.load(convert_to(E'\uFEFF\uFEFFSerial\u00A0;\u00A0Category;Purchase\u00A0Date\n'
	'X-4\u00A0;laptop\u202F;2021-03-04\n\u00A0;\u00A0\u2007;\u200B\nX-5\u200B;Laptop;\u00A004-Mar-2021 \nX-6', 'UTF8')
	|| '\xa0'::bytea || convert_to(E';laptop;2021-03-04\n', 'UTF8'));
SELECT serial, octet_length(serial) AS bytes, category, purchased FROM asset WHERE serial LIKE 'X-%' ORDER BY 1;
-- a no-break space inside a value is a space; ASCII spaces alone are left
-- for the import to trim, as before
SELECT fields FROM inventory_records(convert_to(E'a;b\nIn\u00A0use ;  x  \n', 'UTF8'), ';', 2, 2);
-- a workbook or a PDF instead of its CSV export: refused, saying what it is
SELECT * FROM pg_temp.load('\x504b030414000600'::bytea || convert_to('[Content_Types].xml', 'UTF8'));
SELECT * FROM pg_temp.load('\xd0cf11e0a1b11ae100000000'::bytea);
SELECT * FROM pg_temp.load(convert_to(E'%PDF-1.7\n', 'UTF8'));
-- dates with the month's name (English, full or abbreviated, any case):
-- the same in both date orders; a day the month does not have, a name that
-- is not a month's, a two-digit year after the day (Mar 4, 21) or
-- separators at the ends are not dates; a time of day after one is passed
-- over (4 Mar 2021 10:00)
SELECT v, import_date(v) AS day_first, import_date(v, 'MDY') AS month_first, import_date_order(v) AS date_order
FROM unnest(ARRAY['4 Mar 2021', '04-Mar-2021', '04-MAR-21', 'March 4, 2021', 'mar. 4 2021', 'Sept 30 2021',
				  '2021-Mar-04', '29-Feb-2024', '29-Feb-2023', 'Sep 31, 2021', '4 Marc 2021', '4 Mär 2021',
				  'Mar 4, 21', 'Mar 2021', '4Mar2021', '4 Mar 2021,', '-4 Mar 2021', '4 - - Mar 2021',
				  '4 Mar 2021 10:00', '1 2 Mar 2021']) v;

-- the words exports write for "no value" in an optional column: no date,
-- no model, no country rather than a bad one; a serial "N/A" is no serial
-- (rejected, its own text shown); a category, quantity or purchase date
-- "N/A" stays a bad value
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;retired;status;model;country;mass_kg;quantity\n'
	'Y-1;laptop;2021-03-04;N/A;In use;#N/A;-;NULL;\n'
	'Y-2;laptop;2021-03-04;  n/a ;none;(none);\u2014;?;\n'
	'N/A;laptop;2021-03-04;;;;;;\n'
	'Y-3;N/A;2021-03-04;;;;;;\n'
	'Y-4;laptop;N/A;;;;;;\n'
	'Y-5;laptop;2021-03-04;;;;;;n/a\n'
	'Y-6;laptop;2021-03-04;N/A;Retired;;;;\n', 'UTF8'));
SELECT serial, retired, status, model_id, country, mass_kg FROM asset WHERE serial LIKE 'Y-%' ORDER BY 1;
SELECT line, column_name, value, message FROM import_error
WHERE staged_row ->> 'serial' IN ('N/A', 'Y-3', 'Y-4', 'Y-5', 'Y-6') ORDER BY line, column_name;
SELECT v, import_value(v) FROM unnest(ARRAY[NULL, '', '  ', 'N/A', ' #n/a ', 'n.a.', 'Null', 'NONE', '(None)', '(blank)',
	'-', '--', '?', E'\u2013', E'\u2014', '---', 'NA', 'unknown', '0', ' A1 ', 'N/A A']) v;

-- 12. what older tools and other exports leave.  '|' as the delimiter
-- (the most frequent in the header, given, or named by a separator line);
-- status and category words with hyphens, underscores or runs of spaces
-- for the spaces of a known word; a DOS end-of-file mark (Ctrl-Z, 0x1A)
-- after the last line or at its end; a date cell saved as a spreadsheet's
-- day number (44927 is 2023-01-01: days since 1899-12-30 in the 1900 date
-- system of Excel and LibreOffice; the dates below checked with Python's
-- datetime.date(1899, 12, 30) + timedelta(days=n))
SELECT * FROM pg_temp.load(convert_to(E'serial|category|purchased|status|notes\n'
	'Z-1|Personal-Computer|2021-03-04|In-Use|a;b\n'
	'Z-2|desktop_pc|44927|in   stock|\n'
	'Z-3|laptop|2021-03-04|Ready_to_Deploy|\n'
	'Z-4|laptop|2021-03-04|In--Use|\n'
	'Z-5|laptop|2021-03-04|-In use|\n', 'UTF8'));
SELECT serial, category, purchased, status FROM asset WHERE serial LIKE 'Z-%' ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'Z-%' ORDER BY 1, 2;
SELECT * FROM pg_temp.load(convert_to(E'serial|category|purchased\r\nZ-6|laptop|2021-03-04\r\n', 'UTF8')
	|| '\x1a'::bytea, '|');
SELECT * FROM pg_temp.load(convert_to(E'sep=|\nserial|category|purchased|notes;a;b;c\nZ-10|laptop|2021-03-04|x;y;z;w\n',
	'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased\nZ-7,laptop,2021-03-04', 'UTF8') || '\x1a0d0a'::bytea);
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased\nZ-8,laptop,2021-03-04', 'UTF8')
	|| '\x1a'::bytea || convert_to(E'\nZ-9,laptop,2021-03-04\n', 'UTF8'));
SELECT serial, purchased FROM asset WHERE serial IN ('Z-6', 'Z-7', 'Z-8', 'Z-9', 'Z-10') ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'serial' = 'Z-8';
-- header names the same way ("Asset_Tag", "purchase-date"); two names that
-- read alike name one column twice
SELECT * FROM pg_temp.load(convert_to(E'Asset_Tag;_Category_;purchase-date;Purchase  Date\nZ-11;laptop;2021-03-04;\n',
	'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'Asset_Tag;category;purchase-date\nZ-11;laptop;2021-03-04\n', 'UTF8'));
SELECT serial, category, purchased FROM asset WHERE serial = 'Z-11';
-- a title above the table (a sheet with one saved as CSV): when the first
-- line names no serial, category and purchase date, the header is the
-- first of the next nine lines that does; the lines keep their numbers
SELECT * FROM pg_temp.load(convert_to(E'Inventory export 2026-12-01\n\nserial;category;purchased\n'
	'T-1;laptop;2021-03-04\nT-2;toaster;2021-03-04\n', 'UTF8'));
SELECT line, column_name, value FROM import_error WHERE staged_row ->> 'serial' = 'T-2';
SELECT * FROM pg_temp.load(convert_to(E'Asset register;;;\r\nGenerated by ITAM, all sites;;;\r\n;;;\r\n'
	'serial;category;purchased;notes\r\nT-3;laptop;2021-03-04;x\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'Report: assets, all sites\nserial|category|purchased\nT-4|laptop|2021-03-04\n', 'UTF8'));
SELECT serial, category FROM asset WHERE serial LIKE 'T-%' ORDER BY 1;
-- no such line among the ten: the first line's problem, as without a title
SELECT * FROM pg_temp.load(convert_to(repeat(E'title;x\n', 10) || E'serial;category;purchased\nT-5;laptop;2021-03-04\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'Inventory\n\nasset;type\nT-6;laptop\n', 'UTF8'));
-- title lines without a delimiter, then the header
SELECT * FROM pg_temp.load(convert_to(E'Asset register\nExported 1 Dec\nserial;category;purchased\nT-7;laptop;2021-03-04\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'sep=\x01\nserial;category;purchased\n', 'UTF8'));
SELECT * FROM inventory_header(convert_to(E'Title\n\n a ; b \n1;2\n', 'UTF8'), NULL, 1);
SELECT * FROM inventory_records(convert_to(E'Title\n\n a ; b \n1;2\n', 'UTF8'), ';', 2, 2, 1);
SELECT * FROM inventory_header(convert_to(E'Title\n', 'UTF8'), NULL, 1);
SELECT * FROM inventory_header(convert_to(E'a;b\n', 'UTF8'), NULL, -1);
SELECT * FROM inventory_header(convert_to(E'a;b\n', 'UTF8'), NULL, NULL);
-- the lines import_file tries as the header, from one decoding: none
-- without a delimiter, each line once (the line of "";"" reads as blank),
-- in the encoding and with the delimiter each has
SELECT * FROM inventory_headers(convert_to(E'Asset register\n"";""\n\nTitle;x\n a ; b \n1;2\n', 'UTF8'));
SELECT * FROM inventory_headers(convert_to(E'sep=|\nTitle\na|b\n1|2\n', 'UTF8'), NULL, 2);
SELECT * FROM inventory_headers(convert_to(E'Title\ta\tb\nc,d\n', 'UTF8'), ',');
SELECT skip, encoding, separator, line, names FROM inventory_headers('\xfffe540069000a0061003b0062000a00'::bytea);
SELECT count(*) FROM inventory_headers(convert_to(repeat(E'a;b\n', 200), 'UTF8'), NULL, 100);
SELECT * FROM inventory_headers(convert_to(E'\n \n', 'UTF8'));
SELECT * FROM inventory_headers(''::bytea);
SELECT * FROM inventory_headers(convert_to(E'x\x01y\n', 'UTF8'));
SELECT * FROM inventory_headers(convert_to(E'sep=#\na#b\n', 'UTF8'));
SELECT * FROM inventory_headers('\x504b0304'::bytea);
SELECT * FROM inventory_headers(convert_to(E'a;b\n', 'UTF8'), NULL, 0);
SELECT * FROM inventory_headers(convert_to(E'a;b\n', 'UTF8'), NULL, 101);
SELECT * FROM inventory_headers(convert_to(E'a;b\n', 'UTF8'), NULL, NULL);
SELECT * FROM inventory_headers(NULL);
SELECT * FROM inventory_headers(convert_to(E'a;b\n', 'UTF8'), ':');
SELECT v, import_word(v) FROM unnest(ARRAY['In-Use', 'in_stock', '  ready -_- to   deploy ', '-', '', 'a--b', 'É_t']) v;
-- serials a spreadsheet showed in scientific notation and saved so: a
-- notice (they are imported, as the file has them)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\n1.23457E+11;laptop;2021-03-04\n'
	'8,9012e+14;laptop;2021-03-04\nE+1;laptop;2021-03-04\n', 'UTF8'));
-- two exports put end to end: the header again is skipped and counted,
-- also in other case (Serial)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\nRH-1;laptop;2021-03-04\nserial;category;purchased\n'
	'RH-2;laptop;2021-03-04\nSerial;category;purchased\n', 'UTF8'));
SELECT line, column_name, value FROM import_error WHERE staged_row ->> 'serial' = 'Serial';
-- a quantity as a number column with blanks is written (2.0, 3,00): a
-- whole number; 1.5 or 2.01 is not, nor 1,000 or 1.000 (a thousand where
-- the comma or the point groups digits: never read as 1)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;quantity\nQT-1;laptop;2021-03-04;2.0\n'
	'QT-2;laptop;2021-03-04; 3,00 \nQT-3;laptop;2021-03-04;1.5\nQT-4;laptop;2021-03-04;2.01\nQT-5;laptop;2021-03-04;2.\n'
	'QT-6;laptop;2021-03-04;1,000\nQT-7;laptop;2021-03-04;1.000\n', 'UTF8'));
SELECT serial, quantity FROM asset WHERE serial LIKE 'QT-%' ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'QT-%' ORDER BY 1;
-- the time of day a spreadsheet writes after a date (one-digit hours, AM or
-- PM) is passed over, as ISO's is; a year first with one-digit month or day
SELECT v, import_date(v) AS day_first, import_date(v, 'MDY') AS month_first, import_date_order(v) AS date_order
FROM unnest(ARRAY['3/4/2021 0:00', '04/03/2021 00:00:00', '3/14/2021 12:00 AM', '3/14/2021 9:05 pm', '2021-03-04 9:30',
	'2021-3-4', '2021/3/14', '2021.12.4 23:59', '2020-10-9 9:04', '3/4/2021 24:00', '3/4/2021 0:00 AM',
	'3/4/2021 13:00 PM', '3/4/2021 9:5', '3/4/2021  9:05', '3/4/2021 9:05:60', '2021-3-4-5', '2021-123-4', '2021/3.4']) v;
SELECT v, import_date(v) FROM unnest(ARRAY['44927', ' 44927 ', '32874', '73415', '45657', '45351', '32873', '73416',
	'4492', '449270', '44927.5', '+4492', '00000']) v;

-- quoted values in a tab-delimited file (Excel's "Unicode text", PowerShell,
-- pandas with sep='\t'): the quotes are the file's, not the values'; a
-- quoted header, a quoted value before an empty last field, doubled quotes
SELECT * FROM pg_temp.load(convert_to(E'"serial"\t"model"\t"category"\t"purchased"\t"entity"\r\n'
	'"TB-1"\t"Dell 24"" Monitor"\t"monitor"\t"2021-03-04"\t\r\n"TB-2"\t"X1"\t"laptop"\t"2021-03-04"\t"HQ"\r\n', 'UTF8'));
SELECT serial, m.model, entity FROM asset a LEFT JOIN product_model m ON m.id = a.model_id
WHERE serial LIKE 'TB-%' ORDER BY 1;
-- spaces before an opening quote, and Excel's ="..." (the zeros kept)
SELECT * FROM pg_temp.load(convert_to(E'serial, category, purchased, model\nSP-1, laptop, 2021-03-04, "ThinkPad, X1"\n'
	'="0012345",laptop,2021-03-04,"=""Y"""\n="SP-3" x,laptop,2021-03-04,\n', 'UTF8'));
SELECT serial, m.model FROM asset a LEFT JOIN product_model m ON m.id = a.model_id
WHERE serial IN ('SP-1', '0012345') OR serial LIKE '%SP-3%' ORDER BY 1;
-- a line that lacks the columns after the last one imported (their cells
-- were empty): read, they are empty; a line that lacks one imported: not
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,entity,notes\r\nSH-1,laptop,2021-03-04,HQ,x\r\n'
	'SH-2,laptop,2021-03-04,HQ\r\nSH-3,laptop,2021-03-04\r\n', 'UTF8'));
SELECT line, column_name, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'SH-%';
-- dates with dots are day first, whatever the file's order (no country
-- writes M.D.Y): a file of them alone is not ambiguous
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased\r\nDD-1;laptop;01.03.2021\r\nDD-2;laptop;01.06.2021\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;retired\r\nDD-3;laptop;3/14/2021;01.06.2024\r\n', 'UTF8'));
SELECT serial, purchased, retired FROM asset WHERE serial LIKE 'DD-%' ORDER BY 1;
SELECT v, import_date(v) AS day_first, import_date(v, 'MDY') AS month_first, import_date_order(v) AS date_order
FROM unnest(ARRAY['01.06.2021', '13.06.2021', '06.13.2021', '1.6.21', '01.06.2021 10:00']) v;
-- a line refused for a NUL, a value over 64 kB or too many fields, that
-- also holds a byte that is not UTF-8 (Windows-1252, or a character the
-- 64 kB cut in two): that line rejected with U+FFFD shown, the others
-- imported (the whole import stopped on an encoding error before)
SELECT * FROM pg_temp.load(E'serial,category,purchased,entity\nEN-1,lap\\000top,2021-03-04,M\\374nchen\nEN-2,laptop,2021-03-04,ok\n'::bytea);
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,model\nEN-3,laptop,2021-03-04,a' || repeat('é', 40000)
	|| E'\nEN-4,laptop,2021-03-04,ok\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,model,entity\nEN-5,laptop,2021-03-04,' || repeat('A', 70000), 'UTF8')
	|| E',M\\374nchen\nEN-6,laptop,2021-03-04,x,y\n'::bytea);
SELECT line, column_name, message, staged_row ->> 'category' AS category, staged_row ->> 'entity' AS entity,
	left(staged_row ->> 'model', 3) || '...' || right(staged_row ->> 'model', 3) AS model_ends,
	length(staged_row ->> 'model') AS model_length
FROM import_error WHERE staged_row ->> 'serial' LIKE 'EN-%' ORDER BY 1;
SELECT serial FROM asset WHERE serial LIKE 'EN-%' ORDER BY 1;

-- figures with thousands grouped: the file's decimal mark is the one its
-- figures show (25,5: a comma), and the other one groups (1.200: 1200)
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;mass_kg;kwh_per_year;embodied_kg_co2e\r\n'
	'TS-1;server;01.03.2021;25,5;1.200;1.234,5\r\nTS-2;server;01.03.2021;30;12.500;\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,mass_kg,kwh_per_year\r\n'
	'TS-3,server,2021-03-04,1.85,"1,200"\r\nTS-4,server,2021-03-04,2,"1,234,567.5"\r\n', 'UTF8'));
-- a file whose figures show no decimal mark: read as decimals, with a notice
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;mass_kg\r\nTS-5;laptop;2021-03-04;1.250\r\n', 'UTF8'));
-- one that shows both: the same, and the notice says where
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;mass_kg\r\nTS-6;laptop;2021-03-04;1.85\r\n'
	'TS-7;laptop;2021-03-04;2,5\r\nTS-8;laptop;2021-03-04;1.250\r\n', 'UTF8'));
SELECT serial, mass_kg, kwh_per_year, embodied_kg_co2e FROM asset WHERE serial LIKE 'TS-%' ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'TS-%' ORDER BY 1;
SELECT v, import_decimal_mark(v) AS mark, import_number(v, '.') AS point, import_number(v, ',') AS comma,
	import_number(v, NULL) AS either
FROM unnest(ARRAY['1.85', '25,5', '0.500', '1234.500', '1.200', '12,500', '-1.200', '1.234,5', '1,234.5',
	'1,234,567', '1.234.567,89', '1.2.3', '1.23,4', '01.200', '1.200e3', '.5', '7', 'x', '', '1,2345', '1 200']) v;
SELECT import_number('1', ';');
SELECT import_number(NULL, '.'), import_decimal_mark(NULL);

-- header names as other tools write them: camel case, underscores, dots
-- (import_word), other languages; a ServiceNow export whose asset_tag is
-- often empty: those lines take the serial_number, with a notice
SELECT * FROM pg_temp.load(convert_to(E'"asset_tag","serial_number","category","purchase_date","install_status"\r\n'
	'"","SN-1","Laptops","2021-03-01","Absent"\r\n"AT-2","SN-2","Monitors","2021-03-01","On order"\r\n'
	'"","","iPad","2021-03-01","Installed"\r\n"AT-4","","Chromebook","2021-03-01","Installed"\r\n', 'UTF8'));
SELECT serial, category, status, eol_route FROM asset WHERE serial IN ('SN-1', 'AT-2', 'AT-4') ORDER BY 1;
SELECT line, column_name, value, message FROM import_error WHERE staged_row ->> 'category' IN ('iPad', 'Laptops') ORDER BY 1;
SELECT * FROM pg_temp.load(convert_to(E'Numéro de série;Catégorie;Date d''achat;Quantité\r\nFR-1;Ordinateur portable;14/03/2021;2\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'Seriennummer;Gerätetyp;Kaufdatum;Hersteller\r\nDE-1;Notebook-PC;04.03.2021;Lenovo\r\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'SerialNumber,Device_Type,Purchased On\r\nEN-7,Workstations,2021-03-04\r\n', 'UTF8'));
SELECT serial, category, purchased, quantity FROM asset WHERE serial IN ('FR-1', 'DE-1', 'EN-7') ORDER BY 1;

-- a quoted value spanning lines whose first line holds many delimiters (an
-- address): one value; a stray quote that swallows whole lines: not
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased,entity\r\nML-1,laptop,2021-03-04,"Building 2, Floor 3, Room 4, Wing 5\r\nAmsterdam"\r\n'
	'ML-2,laptop,2021-03-04,"x\r\nML-3,laptop,2021-03-04,y\r\nML-4,laptop,2021-03-04,z"\r\n', 'UTF8'));
SELECT serial, entity FROM asset WHERE serial LIKE 'ML-%' ORDER BY 1;
SELECT line, column_name, value FROM import_error WHERE staged_row ->> 'serial' LIKE 'ML-%' ORDER BY 1;

-- more dates as tools print them: a zone name after an ISO time, a
-- weekday before a month's name, a date and time cell saved as a number;
-- pandas' nan and NaT are no value
SELECT v, import_date(v) FROM unnest(ARRAY['2021-03-04 10:22:33 UTC', '2021-03-04T10:22:33Z', '2021-03-04 10:22 gmt',
	'2021-03-04 10:22:33 CET', 'Thu Mar 04 2021', 'Thursday, March 4, 2021', 'Sat, 4 Mar 2021', 'Thu, 2021-03-04',
	'Th Mar 04 2021', 'Mar 04 2021', '44259.4305', '44259,5', '44259.', '44259.4x', '32873.9']) v;
SELECT v, import_value(v) IS NULL AS no_value FROM unnest(ARRAY['nan', 'NaN', ' NaT ', 'nano', 'NA']) v;

-- a stray quote in a file whose lines may be short (the header ends with a
-- delimiter, or a column not imported): the next line is not swallowed
SELECT * FROM pg_temp.load(convert_to(E'serial;model;category;purchased;entity;\r\nSW-1;"x;laptop;2021-03-04;e1\r\n'
	'SW-2;y";laptop;2021-03-04;e2\r\nSW-3;z;laptop;2021-03-04;e3\r\n', 'UTF8'));
SELECT serial, entity FROM asset WHERE serial LIKE 'SW-%' ORDER BY 1;

-- R's write.csv: NA for no value, in the columns of dates, numbers and
-- codes; a model, entity or country NA stays (Namibia's code)
SELECT * FROM pg_temp.load(convert_to(E'"","serial","category","purchased","retired","mass_kg","status","quantity","entity","country"\n'
	'"1","RN-1","laptop","2021-03-04",NA,1.85,"in use",1,"NA","NA"\n"2","RN-2","laptop","2021-03-04","2023-01-02",NA,"retired",NA,NA,NA\n', 'UTF8'));
SELECT serial, retired, mass_kg, status, quantity, entity, country FROM asset WHERE serial LIKE 'RN-%' ORDER BY 1;
SELECT v, import_value(v, true) AS na, import_value(v, false) AS kept FROM unnest(ARRAY['NA', ' na ', 'N/A', 'NAM', 'x']) v;

-- thousands grouped by spaces (French Excel: a no-break or narrow no-break
-- space, read as a space) or apostrophes (Swiss): whatever the decimal mark
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;mass_kg;kwh_per_year\r\nFG-1;server;04.03.2021;1 200,5;1\u00a0250\r\n'
	'FG-2;server;04.03.2021;1\u202f200,5;2''500\r\nFG-3;server;04.03.2021;12 34;1\r\n', 'UTF8'));
SELECT serial, mass_kg, kwh_per_year FROM asset WHERE serial LIKE 'FG-%' ORDER BY 1;
SELECT line, column_name, value FROM import_error WHERE staged_row ->> 'serial' LIKE 'FG-%' ORDER BY 1;

-- dates with a month's name and a time of day (ManageEngine, SQL Server's
-- CONVERT); GLPI in French, with a typographic apostrophe; country names
-- in other languages; three serial columns; pandas' 12345.0 serials; a
-- delimiter given that the header lacks
SELECT v, import_date(v) FROM unnest(ARRAY['Mar 4, 2021 10:22 AM', 'Mar 04 2021 12:00AM', '04-Mar-2021 10:22',
	'4 Mar 2021 13:00 PM', 'Thu 10:22', 'Thu Mar 04 2021 10:22:33', '14/3/2021 12:00AM']) v;
SELECT * FROM pg_temp.load(convert_to(E'"Nom";"Numéro de série";"Type";"Informations financières et administratives - Date d\u2019achat";"Pays"\r\n'
	'"PC-001";"GF-1";"Ordinateur portable";"2021-03-04";"Deutschland"\r\n"PC-002";"GF-2";"Laptop";"2021-03-04";"Países Bajos"\r\n', 'UTF8'));
SELECT serial, category, purchased, country FROM asset WHERE serial LIKE 'GF-%' ORDER BY 1;
SELECT * FROM pg_temp.load(convert_to(E'Asset Tag,Serial Number,S/N,Category,Purchase Date\n,,TS3-1,laptop,2021-03-04\n'
	',N/A,TS3-2,laptop,2021-03-04\nAT-3,,TS3-3,laptop,2021-03-04\n,,,laptop,2021-03-04\n', 'UTF8'));
SELECT serial FROM asset WHERE serial LIKE 'TS3-%' OR serial = 'AT-3' ORDER BY 1;
SELECT * FROM pg_temp.load(convert_to(E',serial,category,purchased\n0,12345.0,monitor,2021-03-04\n1,12346.0,monitor,2021-03-04\n', 'UTF8'));
SELECT * FROM pg_temp.load(convert_to(E'serial,category,purchased\nX,laptop,2021-03-04\n', 'UTF8'), E'\t');
SELECT * FROM pg_temp.load(convert_to(E'Asset Tag;Category\nX;laptop\n', 'UTF8'));

-- a serial with a control character (a terminal escape): rejected
SELECT * FROM pg_temp.load(E'serial,category,purchased\nCC-1\\001\\033[31m,laptop,2021-03-04\nCC-2,laptop,2021-03-04\n'::bytea);
SELECT line, column_name, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'CC-%' ORDER BY 1;

-- status and retirement columns as other tools name them; Excel's error
-- values, pandas' <NA> and (null) are no value, and so is R's NA in the
-- serial, model and manufacturer (a serial then comes from the next serial
-- column); a quantity of no value is 1
SELECT * FROM pg_temp.load(convert_to(E'Asset Tag,Serial Number,Asset Type,Purchase Date,Asset Status,Disposal Date,Model,Quantity\n'
	'#REF!,XV-1,laptop,2019-03-04,Disposed,2023-05-06,#VALUE!,N/A\nNA,XV-2,laptop,2019-03-04,In use,,(null),-\n', 'UTF8'));
SELECT serial, status, retired, model_id IS NULL AS no_model, quantity FROM asset WHERE serial LIKE 'XV-%' ORDER BY 1;
-- the header again in another form (quotes, case, a byte-order mark):
-- skipped; in another order: the file is refused, nothing imported
SELECT * FROM pg_temp.load(E'\\xefbbbf'::bytea || convert_to(E'"serial";"category";"purchased"\r\n"HA-1";"laptop";"2021-03-04"\r\n', 'UTF8')
	|| E'\\xefbbbf'::bytea || convert_to(E'"SERIAL";"Category";"purchased"\r\nsep=;\r\n"HA-2";"laptop";"2021-03-04"\r\n', 'UTF8'));
SELECT serial FROM asset WHERE serial LIKE 'HA-%' ORDER BY 1;
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;mass_kg;kwh_per_year\nHB-1;laptop;2021-03-04;1,5;30\n'
	'serial;category;purchased;kwh_per_year;mass_kg\nHB-2;laptop;2021-03-04;30;1,5\n', 'UTF8'));
SELECT count(*) AS imported FROM asset WHERE serial LIKE 'HB-%';
-- control characters in a serial: a line end, C1's escape, a direction
-- override; the Swiss typographic apostrophe; a zone after a time of day
SELECT * FROM pg_temp.load(convert_to(E'serial;category;purchased;kwh_per_year\n"CD-1\nB";laptop;2021-03-04;1\n'
	'CD-2\u009b31m;laptop;2021-03-04;1\nCD-3\u202eX;laptop;2021-03-04;1\nCD-4;laptop;2021-03-04;1\u2019200.50\n', 'UTF8'));
SELECT line, column_name, message FROM import_error WHERE staged_row ->> 'serial' LIKE 'CD-%' ORDER BY 1;
SELECT serial, kwh_per_year FROM asset WHERE serial LIKE 'CD-%';
SELECT v, import_date(v) FROM unnest(ARRAY['2021-03-04 10:22:33 +0100', 'Thu, 04 Mar 2021 10:22:33 GMT',
	'4/3/2021 10:22:33 +01:00', '2021-03-04 10:22:33 CET', '4/3/2021 10:22 +1']) v;

-- a note over two lines with a few commas, in a wide file whose last
-- imported column comes early: one value (the quote closes in a field of
-- the next line before the one it opened in)
SELECT * FROM pg_temp.load(convert_to(E'serial,notes,category,purchased,zz1,zz2,zz3\n'
	'NL-1,"Repaired: screen, keyboard, battery, fan\nreturned",laptop,2021-01-01,Utrecht,jan,ok\n'
	'NL-2,,laptop,2021-01-01,Utrecht,jan,ok\n', 'UTF8'));

-- labels
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict,
	   obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
FROM pg_proc p WHERE p.pronamespace = 'circular_ict'::regnamespace
  AND p.proname IN ('import_file', 'inventory_header', 'inventory_headers', 'inventory_records', 'import_date', 'import_date_order',
					'import_rows', 'import_target', 'import_rows_table', 'import_value', 'import_word', 'import_number',
					'import_decimal_mark')
ORDER BY 1::text;

-- the tests after this one see the database as before
DELETE FROM organisation WHERE name IN ('F', 'G');
DELETE FROM import_column_alias WHERE NOT shipped;
DELETE FROM status_alias WHERE NOT shipped;
SELECT count(*) AS product_models_left FROM product_model m WHERE m.model IN ('X1', 'Book', 'POCHETTE NEOPRENE 12"');
