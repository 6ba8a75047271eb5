-- expected_retirements: several sums over the same rows (units, emissions,
-- grams: the replacement forecast) share each row's interval
-- probabilities; every sum equals the same aggregate computed alone
SET search_path = circular_ict, public;

CREATE TABLE ers_fleet AS
SELECT CASE WHEN i % 3 = 0 THEN weibull(1.5, 5.2) ELSE weibull(2.1, 9.6) END AS w,
	   (i % 7) / 2.0 AS age, 1 + i % 4 AS q, 50 + i % 11 AS co2e
FROM generate_series(1, 300) i;
CREATE TEMP TABLE ers_together AS
SELECT expected_retirements(w, age, q, '{0.5, 1.5, 2.5}') AS units,
	   expected_retirements(w, age, q * co2e, '{0.5, 1.5, 2.5}') AS co2e,
	   expected_retirements(w, age + 1, q, '{0.5, 1.5, 2.5}') AS older,
	   expected_retirements(w, age, q, '{1, 2}') AS other_horizons
FROM ers_fleet;
SELECT t.units = (SELECT expected_retirements(w, age, q, '{0.5, 1.5, 2.5}') FROM ers_fleet) AS units_same,
	   t.co2e = (SELECT expected_retirements(w, age, q * co2e, '{0.5, 1.5, 2.5}') FROM ers_fleet) AS co2e_same,
	   t.older = (SELECT expected_retirements(w, age + 1, q, '{0.5, 1.5, 2.5}') FROM ers_fleet) AS older_same,
	   t.other_horizons = (SELECT expected_retirements(w, age, q, '{1, 2}') FROM ers_fleet) AS horizons_same
FROM ers_together t;
-- an error in a row leaves nothing behind for the next query
SELECT expected_retirements(weibull(1, 1), a, 1, '{1}') FROM unnest('{1, -1}'::float8[]) a;
SELECT round(r[1]::numeric, 12) AS first, round(r[2]::numeric, 12) AS second
FROM (SELECT expected_retirements(weibull(1, 1), 1, 1, '{1, 2}') AS r) s;
DROP TABLE ers_fleet;
RESET search_path;
