-- the shipped rows of device_category, pivoted from their figures in
-- device_category_figure (src/data/device_category_figure.csv): included by
-- src/reference.sql, and by an upgrade that changes those figures (after it
-- deletes the shipped rows; the users' rows stay)
INSERT INTO @extschema@.device_category (name, description, unu_key, typical_mass_kg,
		reference_weibull, weibull_basis, reference_life_years, embodied_kg_co2e, kwh_per_year,
		recycled_content, reuse_collection, recycling_collection, recycling_efficiency,
		source, confidence, shipped)
SELECT d.name, d.description,
	max(f.value) FILTER (WHERE f.figure = 'unu_key'),
	max(f.value) FILTER (WHERE f.figure = 'typical_mass_kg')::float8,
	@extschema@.weibull(max(f.value) FILTER (WHERE f.figure = 'weibull_shape')::float8,
						max(f.value) FILTER (WHERE f.figure = 'weibull_scale')::float8),
	max(f.value) FILTER (WHERE f.figure = 'weibull_column'),
	max(f.value) FILTER (WHERE f.figure = 'reference_lifespan_years')::float8,
	max(f.value) FILTER (WHERE f.figure = 'embodied_kg_co2e')::float8,
	max(f.value) FILTER (WHERE f.figure = 'kwh_per_year')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycled_content_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'reuse_collection_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycling_collection_fraction')::float8,
	max(f.value) FILTER (WHERE f.figure = 'recycling_efficiency')::float8,
	'per figure: see device_category_figure',
	(ARRAY['unverified', 'derived', 'secondary', 'verified'])[
		min(array_position(ARRAY['unverified', 'derived', 'secondary', 'verified'], f.confidence))],
	true
FROM (VALUES
		('laptop', 'laptop / notebook computer'),
		('desktop', 'desktop computer (tower or small form factor), without monitor'),
		('monitor', 'flat-panel computer monitor (LCD/LED)'),
		('smartphone', 'smartphone / mobile phone'),
		('tablet', 'slate tablet'),
		('server', 'rack or tower server'),
		('network_switch', 'network switch'),
		('printer', 'printer or multifunction printer'),
		('thin_client', 'thin client')) AS d (name, description)
	JOIN @extschema@.device_category_figure f ON f.category = d.name AND f.shipped
GROUP BY d.name, d.description;
