-- the weibull type and its lifetime functions (issue 4).
-- Every expected number is from doc/derivations.md#weibull-test-values
-- (mpmath at 30 digits, test/derivations/scripts/weibull_check.py and
-- test/derivations/scripts/extra_check.py), quoted there to 10 significant digits; each is
-- checked here to 1e-9 relative (the quoting itself is within 5e-10).
SET search_path = circular_ict, public;
SET extra_float_digits = 0;

CREATE FUNCTION pg_temp.close(got float8, expected float8) RETURNS boolean
	LANGUAGE sql IMMUTABLE
	AS $$ SELECT abs(got - expected) <= 1e-9 * abs(expected) $$;

-- text form: canonical output names both parameters and reads back equal
SELECT weibull(1.5, 5.2);
SELECT 'weibull(shape=1.5, scale=5.2)'::weibull, '(k=2, lambda=10)'::weibull,
       ' WEIBULL ( Scale = 1e1 , SHAPE = 2 ) '::weibull;
SELECT weibull(0.1 + 0.2, 1/3.0) AS w,
       weibull(0.1 + 0.2, 1/3.0)::text::weibull = weibull(0.1 + 0.2, 1/3.0) AS reads_back_equal;
SELECT shape(w), scale(w) FROM (SELECT weibull(1.5, 5.2) AS w) s;
SELECT weibull(1.5, 5.2) = weibull(1.5, 5.2) AS eq, weibull(1.5, 5.2) = weibull(1.5, 5.3) AS eq2,
       weibull(1.5, 5.2) <> weibull(1.6, 5.2) AS ne;
-- the smallest and largest doubles are valid parameters and survive the round trip
SELECT w, w::text::weibull = w AS same
  FROM (VALUES (weibull(5e-324, 1.7976931348623157e308))) v(w);

-- binary send/recv round trip through COPY (FORMAT binary)
CREATE TEMP TABLE wb (w weibull);
INSERT INTO wb VALUES (weibull(1.5, 5.2)), (weibull(0.30000000000000004, 123.456));
SELECT '/tmp/circular_ict_weibull_' || pg_backend_pid() || '.bin' AS binfile \gset
COPY wb TO :'binfile' (FORMAT binary);
CREATE TEMP TABLE wb2 (w weibull);
COPY wb2 FROM :'binfile' (FORMAT binary);
SELECT w FROM wb2 ORDER BY shape(w);
SELECT count(*) AS same FROM wb JOIN wb2 USING (w);
-- binary input re-checks the parameters: shape 0 and NaN, scale -1
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "00000010" . "'
       || h || '" . "ffff")''' AS cmd
  FROM (VALUES ('0000000000000000' || '4014cccccccccccd')) v(h) \gset
COPY wb2 FROM PROGRAM :'cmd' (FORMAT binary);
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "00000010" . "'
       || h || '" . "ffff")''' AS cmd
  FROM (VALUES ('7ff8000000000000' || 'bff0000000000000')) v(h) \gset
COPY wb2 FROM PROGRAM :'cmd' (FORMAT binary);
-- a short field
SELECT 'perl -e ''print pack("H*", "5047434f50590aff0d0a00" . "00000000" . "00000000" . "0001" . "00000008" . "3ff8000000000000" . "ffff")''' AS cmd \gset
COPY wb2 FROM PROGRAM :'cmd' (FORMAT binary);
\set VERBOSITY terse
SELECT ('rm -f ' || :'binfile') AS rmcmd \gset
COPY (SELECT 1) TO PROGRAM :'rmcmd';
\set VERBOSITY default

-- doc/derivations.md#weibull-test-values, sanity cases:
-- k = 2, lambda = 1: S(1) = e^-1, mean = sqrt(pi)/2
SELECT pg_temp.close(survival(weibull(2, 1), 1), 0.3678794412) AS s1,
       pg_temp.close(mean_life(weibull(2, 1)), 0.8862269255) AS mean;
-- k = 1, lambda = 4: mean residual life 4 at every age (memoryless)
SELECT age, pg_temp.close(remaining_life(weibull(1, 4), age), 4) AS mrl_is_4
  FROM unnest(ARRAY[0, 1, 7, 40, 1000]::float8[]) age;

-- doc/derivations.md#weibull-laptops, k = 1.5, lambda = 5.2 (UNU 0303 laptops, 2015 column)
SELECT pg_temp.close(mean_life(w), 4.694275523) AS mean,
       pg_temp.close(median_life(w), 4.072742798) AS median,
       pg_temp.close(quantile(w, 0.1), 1.159992733) AS q10,
       pg_temp.close(quantile(w, 0.9), 9.067351871) AS q90,
       quantile(w, 0) AS q0,
       pg_temp.close(quantile(w, 0.5), median_life(w)) AS q50_is_median
  FROM (SELECT weibull(1.5, 5.2) AS w) s;
-- the table of doc/derivations.md#weibull-laptops (pdf, cdf, S, h, MRL at t = 1, 3, 4, 5, 6)
SELECT t,
       pg_temp.close(pdf(w, t), pdf_) AS pdf, pg_temp.close(cdf(w, t), cdf_) AS cdf,
       pg_temp.close(survival(w, t), s_) AS s, pg_temp.close(hazard(w, t), h_) AS h,
       pg_temp.close(remaining_life(w, t), mrl_) AS mrl,
       round(remaining_life(w, t)::numeric, 9) AS mrl_9
  FROM (SELECT weibull(1.5, 5.2) AS w) s,
       (VALUES (1, 0.1162682413, 0.08087440569, 0.9191255943, 0.1264987528, 4.055090435),
               (3, 0.1413634254, 0.3548061946, 0.6451938054, 0.2191022669, 3.340311249),
               (4, 0.1288591071, 0.4906704443, 0.5093295557, 0.2529975056, 3.100031462),
               (5, 0.1101766923, 0.6104901146, 0.3895098854, 0.2828598103, 2.903856532),
               (6, 0.08971900268, 0.7104506672, 0.2895493328, 0.3098573974, 2.739635832))
         v(t, pdf_, cdf_, s_, h_, mrl_)
 ORDER BY t;
-- t = 0: cdf 0, S 1, h 0, MRL = mean; pdf 0 (k > 1)
SELECT cdf(w, 0), survival(w, 0), hazard(w, 0), pdf(w, 0),
       pg_temp.close(remaining_life(w, 0), 4.694275523) AS mrl0
  FROM (SELECT weibull(1.5, 5.2) AS w) s;
-- median remaining life and P(retire within 1 year) at t = 0, 3, 4, 6
SELECT t, pg_temp.close(median_remaining_life(w, t), med) AS median_remaining,
       pg_temp.close(retire_probability(w, t, t + 1), q1) AS retire_within_1y
  FROM (SELECT weibull(1.5, 5.2) AS w) s,
       (VALUES (0, 4.072742798, 0.08087440569), (3, 2.64592498, 0.2105789743),
               (4, 2.407470268, 0.2352497886), (6, 2.067912515, 0.2756135091)) v(t, med, q1)
 ORDER BY t;
-- conditional survival: P(T>4 | T>3), P(T>6 | T>4), P(T>6 | T>5)
SELECT pg_temp.close(1 - retire_probability(w, 3, 4), 0.7894210257) AS s4_3,
       pg_temp.close(1 - retire_probability(w, 4, 6), 0.5684911263) AS s6_4,
       pg_temp.close(1 - retire_probability(w, 5, 6), 0.7433683807) AS s6_5
  FROM (SELECT weibull(1.5, 5.2) AS w) s;
-- the same through retirement_forecast: survival at the end of each year
SELECT year, round(retire_probability::numeric, 10) AS retire_probability,
       round(survival::numeric, 10) AS survival
  FROM retirement_forecast(weibull(1.5, 5.2), 4, 3);
SELECT pg_temp.close((SELECT survival FROM retirement_forecast(weibull(1.5, 5.2), 3, 1)), 0.7894210257) AS y1_from_3,
       pg_temp.close((SELECT survival FROM retirement_forecast(weibull(1.5, 5.2), 4, 2) WHERE year = 2), 0.5684911263) AS y2_from_4;
-- the yearly probabilities and the final survival add up to 1
SELECT round((sum(retire_probability) + min(survival))::numeric, 12) AS total
  FROM retirement_forecast(weibull(1.5, 5.2), 2, 30);
-- fleet of 4 laptops aged 1, 3, 4, 6: 0.8643381174 expected retirements in 12 months
SELECT pg_temp.close(sum(f.retire_probability), 0.8643381174) AS fleet_next_year
  FROM unnest(ARRAY[1, 3, 4, 6]::float8[]) AS a(age),
       LATERAL retirement_forecast(weibull(1.5, 5.2), a.age, 1) f;
SELECT count(*) FROM retirement_forecast(weibull(1.5, 5.2), 3, 0);

-- doc/derivations.md#weibull-laptops-2023, k = 1.6, lambda = 6.57 (laptops, "2023" column)
SELECT pg_temp.close(mean_life(w), 5.89049302) AS mean, pg_temp.close(median_life(w), 5.2249397) AS median,
       pg_temp.close(survival(w, 4), 0.6363190933) AS s4, pg_temp.close(remaining_life(w, 4), 3.926323362) AS mrl4,
       pg_temp.close(survival(w, 6), 0.4211175499) AS s6, pg_temp.close(remaining_life(w, 6), 3.436218267) AS mrl6
  FROM (SELECT weibull(1.6, 6.57) AS w) s;
-- doc/derivations.md#weibull-desktops, k = 2.1, lambda = 9.6 (UNU 0302 desktops, 2015 column)
SELECT pg_temp.close(mean_life(w), 8.502658694) AS mean, pg_temp.close(median_life(w), 8.062576225) AS median,
       pg_temp.close(survival(w, 4), 0.8529466132) AS s4, pg_temp.close(remaining_life(w, 4), 5.508575807) AS mrl4,
       pg_temp.close(remaining_life(w, 6), 4.573329922) AS mrl6
  FROM (SELECT weibull(2.1, 9.6) AS w) s;

-- old ages: S underflows, the incomplete-gamma form stays finite and tends
-- to 1/h(t) (doc/derivations.md#weibull-formulas:
-- "for large z the asymptote is m(t) ~ 1/h(t)")
SELECT survival(w, 100) AS s100,
       round((remaining_life(w, 100) * hazard(w, 100))::numeric, 6) AS mrl_times_h_100,
       round((remaining_life(w, 1e6) * hazard(w, 1e6))::numeric, 9) AS mrl_times_h_1e6,
       round((median_remaining_life(w, 1e6) * hazard(w, 1e6))::numeric, 9) AS med_times_h_1e6_is_ln2,
       retire_probability(w, 100, 101) AS q_100
  FROM (SELECT weibull(5, 1) AS w) s;
-- (t/lambda)^k near the top of double precision (8.6e307): still finite, m * h -> 1
SELECT round((remaining_life(w, 3428.9178679882839) * hazard(w, 3428.9178679882839))::numeric, 9) AS mrl_times_h
  FROM (SELECT weibull(62.802821449201652, 0.042852126867040187) AS w) s;
-- age = Infinity: the limits (survival 0, hazard and remaining life by the shape)
SELECT shape(w), survival(w, 'Infinity'), cdf(w, 'Infinity'), pdf(w, 'Infinity'),
       hazard(w, 'Infinity'), remaining_life(w, 'Infinity'),
       round(median_remaining_life(w, 'Infinity')::numeric, 9) AS median_remaining,
       retire_probability(w, 3, 'Infinity') AS by_infinity,
       retire_probability(w, 'Infinity', 'Infinity') AS at_infinity
  FROM (VALUES (weibull(0.5, 2)), (weibull(1, 2)), (weibull(3, 2))) v(w);
SELECT * FROM retirement_forecast(weibull(2, 5), 'Infinity', 2);
-- age 0 with shape < 1: infinite density and hazard (the true limits)
SELECT pdf(weibull(0.5, 2), 0), hazard(weibull(0.5, 2), 0), pdf(weibull(1, 2), 0), hazard(weibull(1, 2), 0);
-- small probabilities keep their digits (cdf through expm1)
SELECT cdf(weibull(2, 1), 1e-9) AS tiny_cdf, retire_probability(weibull(2, 1), 1, 1 + 1e-12) > 0 AS tiny_window;

-- errors: invalid parameters from the constructor (22023)
SELECT weibull(0, 1);
SELECT weibull(-1.5, 5.2);
SELECT weibull('NaN', 5.2);
SELECT weibull(1.5, 'Infinity');
SELECT weibull(1.5, 0);
SELECT weibull(1.5, '-Infinity');
-- errors: ages (22023)
SELECT survival(weibull(1.5, 5.2), -1);
SELECT cdf(weibull(1.5, 5.2), 'NaN');
SELECT remaining_life(weibull(1.5, 5.2), '-Infinity');
SELECT retire_probability(weibull(1.5, 5.2), 5, 4);
SELECT retire_probability(weibull(1.5, 5.2), -1, 4);
SELECT * FROM retirement_forecast(weibull(1.5, 5.2), -0.5, 3);
SELECT * FROM retirement_forecast(weibull(1.5, 5.2), 3, -1);
SELECT * FROM retirement_forecast(weibull(1.5, 5.2), 1e300, 3);
-- errors: probabilities outside [0, 1)
SELECT quantile(weibull(1.5, 5.2), 1);
SELECT quantile(weibull(1.5, 5.2), -0.1);
SELECT quantile(weibull(1.5, 5.2), 'NaN');
-- errors: results beyond double precision (22003), not Infinity
SELECT mean_life(weibull(0.001, 1));
SELECT quantile(weibull(0.01, 1e300), 0.99);

-- errors: text input (22P02 syntax and invalid parameters, 22003 out of range)
SELECT ''::weibull;
SELECT 'weibull'::weibull;
SELECT 'weibull(1.5, 5.2)'::weibull;
SELECT 'weibull(shape=1.5)'::weibull;
SELECT 'weibull(shape=1.5, shape=5.2)'::weibull;
SELECT 'weibull(shape=1.5 scale=5.2)'::weibull;
SELECT 'weibull(shape=1.5, scale=5.2'::weibull;
SELECT 'weibull(shape=1.5, scale=5.2) trailing'::weibull;
SELECT 'weibull(shape=, scale=5.2)'::weibull;
SELECT 'weibull(shape=0x1p3, scale=5.2)'::weibull;
SELECT 'weibull(shape=1.5, size=5.2)'::weibull;
SELECT 'weibull(shape=1,5, scale=5.2)'::weibull;
SELECT 'weibull(shape=0, scale=5.2)'::weibull;
SELECT 'weibull(shape=-1, scale=5.2)'::weibull;
SELECT 'weibull(shape=NaN, scale=5.2)'::weibull;
SELECT 'weibull(shape=1.5, scale=Infinity)'::weibull;
SELECT 'weibull(shape=1e999, scale=5.2)'::weibull;
SELECT 'weibull(shape=1.5, scale=1e-400)'::weibull;
-- huge and hostile input: a 100 000-digit number (the message clips it), a
-- megabyte of spaces, a Greek lambda, SQL injection
SELECT ('weibull(shape=' || repeat('9', 100000) || ', scale=1)')::weibull;
SELECT (repeat(' ', 1000000) || 'weibull(shape=1.5, scale=5.2)' || repeat(' ', 1000000))::weibull;
SELECT 'weibull(shape=1.5, λ=5.2)'::weibull;
-- a detail quotes at most 40 bytes of a bad number and cuts before a character,
-- not inside it (found by test/fuzz/fuzz_weibull.c): 39 x and an é
SELECT ('weibull(shape=1.5, scale=' || repeat('x', 39) || 'é)')::weibull;
SELECT 'weibull(shape=1.5, scale=5.2); DROP TABLE wb; --'::weibull;

-- labels: every function immutable, parallel safe, strict, and documented
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
  FROM pg_proc p
  JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict')
   AND (pg_get_function_identity_arguments(p.oid) LIKE '%weibull%' OR p.proname LIKE 'weibull%')
   AND p.prokind = 'f'
 ORDER BY 1, 2;
SELECT obj_description('circular_ict.weibull'::regtype, 'pg_type') IS NOT NULL AS type_documented,
       obj_description('circular_ict.=(circular_ict.weibull,circular_ict.weibull)'::regoperator, 'pg_operator') IS NOT NULL AS eq_documented;

DROP TABLE wb, wb2;
