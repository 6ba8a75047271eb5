-- carbon: annualised emissions and what a longer life saves
SET search_path = circular_ict, public;

-- TCO Certified (doc/derivations.md#lifetime-extension-carbon): about 250 kg before
-- first use; over 3 years 251 of 266.6 kg embodied, so the use phase is
-- (266.6 - 251) / 3 = 5.2 kg a year (here 13 kWh at 0.4 kg/kWh).  Keeping the
-- notebook 4 years instead of 3 cuts the annual footprint by about 23.5 %,
-- 6 years instead of 3 by about 47 %; 4 -> 6 years by 30.8 % (derived).
SELECT round(annualised_co2e(251, 3, 13, 0.4)::numeric, 4) AS a3,
	   round(annualised_co2e(251, 4, 13, 0.4)::numeric, 4) AS a4,
	   round(annualised_co2e(251, 6, 13, 0.4)::numeric, 4) AS a6;
SELECT round(100 * life_extension_saving(251, 13, 0.4, 3, 4)::numeric, 1) AS "3->4 %",
	   round(100 * life_extension_saving(251, 13, 0.4, 3, 6)::numeric, 1) AS "3->6 %",
	   round(100 * life_extension_saving(251, 13, 0.4, 4, 6)::numeric, 1) AS "4->6 %";
-- Öko-Institut 2012 (same section): E about 244 kg, use 27.6 kg a year (here
-- 69 kWh at 0.4): 4 -> 6 years saves about 23 %
SELECT round(100 * life_extension_saving(244, 69, 0.4, 4, 6)::numeric, 1) AS "Öko 4->6 %";
-- Boavizta's laptop-pro defaults in the Netherlands (same section): 181 kg,
-- 75 W x 0.3 x 8760 h = 197.1 kWh a year at 0.45 kg/kWh: 4 -> 6 years saves 11.3 %
SELECT round(100 * life_extension_saving(181, 197.1, 0.45, 4, 6)::numeric, 1) AS "Boavizta 4->6 %";
-- the general rule: the saving is s * (1 - L1/L2), s the embodied share at L1
SELECT round(life_extension_saving(300, 100, 0.5, 4, 6)::numeric, 12)
	 = round(((300.0 / 4) / (300.0 / 4 + 50) * (1 - 4.0 / 6))::numeric, 12) AS general_rule;
-- a shorter life costs: a negative saving; nothing emitted: no fraction
SELECT round(life_extension_saving(251, 13, 0.4, 4, 3)::numeric, 4) AS shorter,
	   life_extension_saving(0, 0, 0.4, 3, 4) AS nothing_emitted;
-- a device with no electricity: all embodied
SELECT annualised_co2e(120, 4, 0, 0.5) AS embodied_only, annualised_co2e(0, 4, 100, 0.5) AS use_only;

-- errors: negative, NaN, infinite figures; lifespans of 0 or less
SELECT annualised_co2e(-1, 4, 10, 0.4);
SELECT annualised_co2e(100, 0, 10, 0.4);
SELECT annualised_co2e(100, -3, 10, 0.4);
SELECT annualised_co2e(100, 'NaN', 10, 0.4);
SELECT annualised_co2e(100, 'Infinity', 10, 0.4);
SELECT annualised_co2e(100, 4, 'NaN', 0.4);
SELECT annualised_co2e(100, 4, 10, '-Infinity');
SELECT annualised_co2e('Infinity', 4, 10, 0.4);
SELECT life_extension_saving(100, 10, 0.4, 0, 4);
SELECT life_extension_saving(100, 10, 0.4, 4, 'NaN');
SELECT life_extension_saving(100, -10, 0.4, 4, 6);
-- overflow of the sum is an error, not Infinity
SELECT annualised_co2e(1e308, 1e-10, 0, 0);
-- extreme but valid inputs; NULL in, NULL out
SELECT annualised_co2e(1e-300, 1e300, 0, 0) AS tiny, annualised_co2e(5e-324, 1, 0, 0) AS denormal;
SELECT annualised_co2e(NULL, 4, 10, 0.4) IS NULL AS null_in_null_out;
RESET search_path;
