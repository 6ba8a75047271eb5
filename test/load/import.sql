-- pgbench: stage five rows of one organisation (four good, one of an
-- unknown category) with new serials, import them, log the counts
\set org random(1, 4)
\set model random(1, 3)
BEGIN;
INSERT INTO circular_ict.asset_import (organisation, serial, category, quantity, purchased, country, model, manufacturer)
SELECT 'org_' || :org, 'load-' || nextval('load_serial'),
	(ARRAY['laptop', 'Ordinateur portable', 'monitor', 'smartphone'])[i], i::text,
	(current_date - 30 * i)::text, (ARRAY['NL', 'Belgium', 'fra', NULL])[i], 'Load model ' || :model, 'Loadco'
FROM generate_series(1, 4) i;
INSERT INTO circular_ict.asset_import (organisation, serial, category, purchased)
VALUES ('org_' || :org, 'load-' || nextval('load_serial'), 'toaster', '2024-01-01');
INSERT INTO import_log (client, organisation, model, staged, imported, rejected)
SELECT :client_id, 'org_' || :org, 'Load model ' || :model, 5, r.imported, r.rejected
FROM circular_ict.import_assets('org_' || :org) r;
END;
