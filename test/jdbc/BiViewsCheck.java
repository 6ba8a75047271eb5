/*
 * BiViewsCheck: what a BI tool sees of the views of circular_ict, through
 * the PostgreSQL JDBC driver that Metabase, Power BI's connector and most
 * BI tools use.  Run by test/checks/jdbc_views:
 *
 *   java -cp DIR:postgresql.jar BiViewsCheck JDBC_URL G4IT_CSV
 *
 * In the (fresh, empty) database of JDBC_URL it creates the extension,
 * loads a small fleet through the import path (the G4IT physical-equipment
 * file through COPY, a few English rows, import_assets), then for every
 * view of the schema circular_ict:
 *  - the view has a comment (DatabaseMetaData.getTables REMARKS);
 *  - every column has a comment (getColumns REMARKS);
 *  - every column is of a standard SQL type a BI tool charts (getColumns
 *    and ResultSetMetaData of SELECT * agree, and the type is text,
 *    integer, bigint, numeric, float8, date or boolean: no OTHER, STRUCT or
 *    type of the extension);
 *  - every row reads with getObject on every column, and no float8 value
 *    is NaN or infinite.
 * The reports of issue 6 must exist and return rows on the fleet.  Every
 * view of the schema gets the full check, the reference views (the
 * *_effective and *_lookup views) as much as the reports: a BI tool browsing
 * the schema sees them all.
 *
 * Exits 0 when everything holds, 1 with the list of failures otherwise.
 */

import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.postgresql.PGConnection;

public class BiViewsCheck
{
	static final String SCHEMA = "circular_ict";

	/* the reports BI dashboards read (issue 6): each must return rows */
	static final List<String> REPORT_VIEWS = List.of("fleet_overview", "material_inventory",
			"lifespan_by_category", "replacement_forecast", "circularity_by_organisation",
			"criteria_compliance", "life_extension_scenarios");

	/* views exempt from the column checks: none (kept for a future need) */
	static final Set<String> HELPER_VIEWS = Set.of();

	/* the JDBC types a BI tool charts, with the PostgreSQL types behind them */
	static final Map<Integer, Set<String>> STANDARD_TYPES = Map.of(
			Types.VARCHAR, Set.of("text", "varchar"),
			Types.INTEGER, Set.of("int4"),
			Types.BIGINT, Set.of("int8"),
			Types.NUMERIC, Set.of("numeric"),
			Types.DECIMAL, Set.of("numeric"),
			Types.DOUBLE, Set.of("float8"),
			Types.DATE, Set.of("date"),
			Types.BOOLEAN, Set.of("bool"),
			/* pgjdbc reports boolean as BIT (type name bool) */
			Types.BIT, Set.of("bool"));

	static final List<String> failures = new ArrayList<>();
	static final List<String> notes = new ArrayList<>();

	/* A failure: recorded, printed at the end */
	static void fail(String what)
	{
		failures.add(what);
	}

	public static void main(String[] args) throws Exception
	{
		if (args.length != 2)
		{
			System.err.println("usage: BiViewsCheck JDBC_URL G4IT_CSV");
			System.exit(2);
		}
		long start = System.nanoTime();
		try (Connection conn = DriverManager.getConnection(args[0]))
		{
			DatabaseMetaData meta = conn.getMetaData();
			System.out.printf("driver %s %s, server %s %s%n", meta.getDriverName(), meta.getDriverVersion(),
					meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
			loadFleet(conn, args[1]);
			checkViews(conn, meta);
		}
		System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
		for (String note : notes)
			System.out.println("note: " + note);
		if (!failures.isEmpty())
		{
			System.out.println("FAILED:");
			for (String f : failures)
				System.out.println("  " + f);
			System.exit(1);
		}
		System.out.println("ok: every view and column commented, standard SQL types, every row read "
				+ "(reference lookups: view comment and rows)");
	}

	/* The extension and a small fleet, through the import path */
	static void loadFleet(Connection conn, String csv) throws Exception
	{
		try (Statement st = conn.createStatement())
		{
			st.execute("CREATE EXTENSION circular_ict");
			st.execute("INSERT INTO circular_ict.organisation (name) VALUES ('Ministère Exemple')");
			st.execute("INSERT INTO circular_ict.product_model (manufacturer, model, category, mass_kg, "
					+ "embodied_kg_co2e, attributes) VALUES ('Acme', 'Acme Notebook 14 G3', 'laptop', 1.4, 228, "
					+ "'{\"warranty_years\": 5, \"spare_parts_years_after_delivery\": 7}')");
		}
		/* the G4IT file as it is, with its own header names */
		String header;
		try (Reader in = new InputStreamReader(new FileInputStream(csv), StandardCharsets.UTF_8))
		{
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read())
				line.append((char) c);
			header = line.toString().replace("\r", "").replace(';', ',');
		}
		long copied;
		try (Reader in = new InputStreamReader(new FileInputStream(csv), StandardCharsets.UTF_8))
		{
			copied = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"COPY circular_ict.asset_import (" + header + ") FROM STDIN "
					+ "WITH (FORMAT csv, HEADER, DELIMITER ';')", in);
		}
		try (Statement st = conn.createStatement())
		{
			st.execute("INSERT INTO circular_ict.asset_import (serial, model, manufacturer, category, purchased, "
					+ "retired, eol_route, acquired, country) VALUES "
					+ "('N-1', 'Acme Notebook 14 G3', 'Acme', 'laptop', '2022-05-01', NULL, NULL, 'refurbished', 'NL'), "
					+ "('N-2', 'Acme Notebook 14 G3', 'Acme', 'laptop', '2019-05-01', '2023-09-30', 'recycling', NULL, 'NL'), "
					+ "('N-3', NULL, NULL, 'desktop', '2017-01-15', '2022-01-15', 'reuse', NULL, 'BE')");
			try (ResultSet rs = st.executeQuery("SELECT imported, rejected FROM circular_ict.import_assets('Ministère Exemple')"))
			{
				rs.next();
				long imported = rs.getLong(1);
				long rejected = rs.getLong(2);
				System.out.printf("fleet: %d rows copied from %s and 3 inserted; import_assets: %d imported, %d rejected%n",
						copied, csv, imported, rejected);
				if (imported == 0)
					fail("import_assets imported nothing: the views would have no rows to read");
			}
			/* a benchmark snapshot, so that my_benchmark has rows to read */
			st.execute("SELECT circular_ict.refresh_benchmarks()");
		}
	}

	/* Every view of the schema: comments, column types, rows */
	static void checkViews(Connection conn, DatabaseMetaData meta) throws SQLException
	{
		Map<String, String> views = new TreeMap<>();
		try (ResultSet rs = meta.getTables(null, SCHEMA, "%", new String[] {"VIEW", "MATERIALIZED VIEW"}))
		{
			while (rs.next())
				views.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
		}
		/* the driver must list every view the catalog has */
		try (Statement st = conn.createStatement();
			 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_catalog.pg_class "
					 + "WHERE relnamespace = '" + SCHEMA + "'::regnamespace AND relkind IN ('v', 'm')"))
		{
			rs.next();
			if (rs.getInt(1) != views.size())
				fail(String.format("getTables lists %d views, pg_class has %d", views.size(), rs.getInt(1)));
		}
		for (String report : REPORT_VIEWS)
			if (!views.containsKey(report))
				fail("report view " + report + " does not exist");

		int columns = 0;
		long rows = 0,
			values = 0;
		int checkedViews = 0;
		for (Map.Entry<String, String> view : views.entrySet())
		{
			String name = view.getKey();
			boolean helper = HELPER_VIEWS.contains(name);
			List<String> problems = new ArrayList<>();
			List<String> uncommented = new ArrayList<>();
			Set<String> badTypes = new TreeSet<>();

			if (view.getValue() == null || view.getValue().isBlank())
				fail(name + ": the view has no comment");

			/* the columns as DatabaseMetaData describes them */
			Map<String, String[]> described = new LinkedHashMap<>();
			try (ResultSet rs = meta.getColumns(null, SCHEMA, name, "%"))
			{
				while (rs.next())
				{
					String column = rs.getString("COLUMN_NAME");
					int type = rs.getInt("DATA_TYPE");
					String typeName = rs.getString("TYPE_NAME");
					String remarks = rs.getString("REMARKS");

					described.put(column, new String[] {Integer.toString(type), typeName});
					if (remarks == null || remarks.isBlank())
						uncommented.add(column);
					if (!isStandard(type, typeName))
						badTypes.add(column + " " + typeName + " (java.sql.Types " + type + ")");
				}
			}
			if (described.isEmpty())
				fail(name + ": getColumns describes no column");

			/* the columns as the result set describes them, and every row */
			long viewRows = 0;
			try (Statement st = conn.createStatement();
				 ResultSet rs = st.executeQuery("SELECT * FROM " + SCHEMA + "." + quote(name)))
			{
				ResultSetMetaData rsmd = rs.getMetaData();
				int n = rsmd.getColumnCount();
				List<String> names = new ArrayList<>(described.keySet());

				if (n != names.size())
					fail(String.format("%s: SELECT * gives %d columns, getColumns %d", name, n, names.size()));
				for (int i = 1; i <= n; i++)
				{
					String column = rsmd.getColumnName(i);
					int type = rsmd.getColumnType(i);
					String typeName = rsmd.getColumnTypeName(i);

					if (i > names.size() || !names.get(i - 1).equals(column))
						fail(String.format("%s: column %d is %s in the result set, %s in getColumns", name, i,
								column, i > names.size() ? "missing" : names.get(i - 1)));
					else if (!Integer.toString(type).equals(described.get(column)[0]))
						fail(String.format("%s.%s: the result set says type %s (%d), getColumns %s (%s)", name,
								column, typeName, type, described.get(column)[1], described.get(column)[0]));
					if (!isStandard(type, typeName))
						badTypes.add(column + " " + typeName + " (java.sql.Types " + type + ")");
				}
				while (rs.next())
				{
					for (int i = 1; i <= n; i++)
					{
						Object v = rs.getObject(i);

						values++;
						if (v instanceof Double && !Double.isFinite((Double) v))
							fail(String.format("%s.%s: %s in row %d", name, rsmd.getColumnName(i), v, viewRows + 1));
					}
					viewRows++;
				}
			}
			catch (SQLException e)
			{
				fail(name + ": reading the rows failed: " + e.getMessage());
			}

			if (!uncommented.isEmpty())
				problems.add(String.format("%d of %d columns have no comment: %s", uncommented.size(),
						described.size(), String.join(", ", uncommented)));
			if (!badTypes.isEmpty())
				problems.add("columns not of a standard SQL type: " + String.join(", ", badTypes));
			if (REPORT_VIEWS.contains(name) && viewRows == 0)
				fail(name + ": no rows on the test fleet");
			if (helper)
			{
				if (!problems.isEmpty())
					notes.add(name + " (reference lookup, not a report): " + String.join("; ", problems));
			}
			else
			{
				for (String p : problems)
					fail(name + ": " + p);
				checkedViews++;
			}
			System.out.printf("  %-32s %3d columns %6d rows%s%n", name, described.size(), viewRows,
					helper ? "  (reference lookup: comment and rows checked)" : "");
			columns += described.size();
			rows += viewRows;
		}
		System.out.printf("%d views (%d with every check, %d reference lookups), %d columns, %d rows, %d values read%n",
				views.size(), checkedViews, views.size() - checkedViews, columns, rows, values);
	}

	/* Whether a JDBC type and its PostgreSQL type name are ones BI tools chart */
	static boolean isStandard(int type, String typeName)
	{
		Set<String> names = STANDARD_TYPES.get(type);

		return names != null && names.contains(typeName);
	}

	/* A quoted SQL identifier */
	static String quote(String identifier)
	{
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}
