-- Hostile input, one case of each kind with its exact outcome.  The sweep of
-- every function, aggregate, operator and cast over NULLs, extreme floats,
-- malformed arrays and jsonb, 1 MB strings and out-of-range dates is
-- test/checks/hostile_calls; this file pins what that sweep found and the
-- cases whose answer matters beyond "no crash".
SET search_path = circular_ict, public;

-- SQLSTATE and the start of the message (or of the answer) of a statement
-- whose error text would repeat a megabyte of input
CREATE FUNCTION pg_temp.outcome(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE query INTO r;
	RETURN 'ok: ' || coalesce(left(r, 60), 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN sqlstate || ': ' || left(sqlerrm, 70);
END
$$;

-- retirement_forecast materializes its rows: the number of years is bounded
-- (2147483647 years looped for ever, beyond the reach of a cancel, filling
-- temporary files)
SELECT count(*) FROM retirement_forecast(weibull(2, 5), 1, 1000);
SELECT * FROM retirement_forecast(weibull(2, 5), 1, 1001);
SELECT * FROM retirement_forecast(weibull(2, 5), 1, 2147483647);

-- an age of -0 is the age 0: h(0) is +Infinity when the shape is below 1
-- (README), never -Infinity, and 0 (not -0) when it is above 1
SELECT hazard(weibull(1e-17, 1), '-0') AS h_shape_tiny, pdf(weibull(1e-17, 1), '-0') AS f_shape_tiny,
	   hazard(weibull(2, 5), '-0')::text AS h_shape_2, survival(weibull(2, 5), '-0') AS s;

-- parameters where t/lambda alone leaves double precision although the
-- answer does not; the expected values are mpmath's at 60 digits
-- (S = exp(-exp(k (ln t - ln lambda))), and so on), rounded to 10 digits.
-- Before the fix: S = 0, P = NaN, the quantile "out of range".
SELECT round(survival(weibull(5e-324, 5e-324), 1)::numeric, 10) AS s_denormal,	-- e^-1 = 0.3678794412
	   round(survival(weibull(0.001, 1e-300), 1)::numeric, 10) AS s_tiny_scale,	-- 0.1359779804
	   round(retire_probability(weibull(0.001, 1e-300), 1, 2)::numeric, 10) AS p_tiny_scale,	-- 0.0013825333
	   round(survival(weibull(0.001, 1e-10), 1e300)::numeric, 10) AS s_old_age,	-- 0.1298029244
	   round(pdf(weibull(0.001, 1e-300), 1)::numeric, 10) AS f_tiny_scale,	-- 0.0002713117
	   round(hazard(weibull(0.001, 1e-300), 1)::numeric, 10) AS h_tiny_scale;	-- 0.0019952623
SELECT to_char(quantile(weibull(0.001, 1e-300), 0.9), '9.999999999EEEE') AS q90,	-- 1.643193467e+62
	   to_char(median_life(weibull(0.001, 1e300)), '9.999999999EEEE') AS median,	-- 6.690538053e+140
	   median_life(weibull(0.001, 1e-300)) AS median_underflows,	-- 6.7e-460: 0
	   to_char(median_remaining_life(weibull(0.001, 1e-300), 1), '9.999999999EEEE') AS median_remaining,	-- 3.129108846e+129
	   to_char(hazard(weibull(0.5, 1e-10), 1e300), '9.999999999EEEE') AS h_old_age;	-- 5.000000000e-146
-- the cumulative hazards of both ages overflow (or both underflow): the
-- retirement probability is 1 (or 0), not NaN
SELECT retire_probability(weibull(1e300, 1), 2.5, 5.5) AS p_both_overflow,
	   retire_probability(weibull(1.7976931348623157e308, 1.7976931348623157e308), 2.5, 3.5) AS p_both_underflow;
SELECT * FROM retirement_forecast(weibull(1e300, 1), 2.5, 3);
SELECT expected_retirements(weibull(1.7976931348623157e308, 1.7976931348623157e308), 2.5, 1, '{1,2}') AS none_retire;

-- the utility factor of ratios that over- and underflow alone:
-- (5e-324 / 5) (1 / 5e-324) = 0.2; it used to be 0 * Infinity = NaN, which
-- mci_of_fractions refused as a utility
SELECT round(utility(5e-324, 5, 1, 5e-324)::numeric, 10) AS x,
	   mci_of_fractions(2, 0.2, 0.1, 0.5, 0.1, 0.8, 0.9, 0, 0, 0, 5e-324, 5, 1, 5e-324) AS mci;
SELECT utility(1e-300, 1e300);

RESET search_path;
