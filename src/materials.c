/*
 * src/materials.c
 *		The materials type: text and binary input/output, equality and
 *		hashing, the jsonb casts and the constructor from one element.
 *
 * Arithmetic, the functions on values and the sum aggregate are in
 * materials_ops.c; the text parser is materials_parse.c.
 */
#include "postgres.h"

#include <math.h>

#include "common/hashfn.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "compat.h"
#include "materials.h"
#include "materials_parse.h"

/* version of the binary format written by materials_send */
#define MATERIALS_BINARY_VERSION 1

PG_FUNCTION_INFO_V1(materials_in);
PG_FUNCTION_INFO_V1(materials_out);
PG_FUNCTION_INFO_V1(materials_recv);
PG_FUNCTION_INFO_V1(materials_send);
PG_FUNCTION_INFO_V1(materials_eq);
PG_FUNCTION_INFO_V1(materials_ne);
PG_FUNCTION_INFO_V1(materials_lt);
PG_FUNCTION_INFO_V1(materials_le);
PG_FUNCTION_INFO_V1(materials_gt);
PG_FUNCTION_INFO_V1(materials_ge);
PG_FUNCTION_INFO_V1(materials_cmp);
PG_FUNCTION_INFO_V1(materials_hash);
PG_FUNCTION_INFO_V1(materials_hash_extended);
PG_FUNCTION_INFO_V1(materials_to_jsonb);
PG_FUNCTION_INFO_V1(materials_from_jsonb);
PG_FUNCTION_INFO_V1(materials_make);

/* a zeroed value of n elements in the current memory context */
Materials *
materials_alloc(int n)
{
	Materials  *m;

	Assert(n >= 0 && n <= ELEMENT_COUNT);
	m = (Materials *) palloc0(MATERIALS_SIZE(n));
	SET_VARSIZE(m, MATERIALS_SIZE(n));
	m->count = (uint16) n;
	return m;
}

/* a value from a parsed map (already canonical) */
static Materials *
materials_from_parsed(const MaterialsParsed *parsed)
{
	Materials  *m = materials_alloc(parsed->count);
	uint8	   *atomic = MATERIALS_ATOMIC(m);
	int			i;

	for (i = 0; i < parsed->count; i++)
	{
		m->grams[i] = parsed->grams[i];
		atomic[i] = parsed->atomic_number[i];
	}
	return m;
}

/*
 * A materials value from grams indexed by atomic number (seen[z] marks the
 * elements given; zero masses are dropped, as text input drops them)
 */
static Materials *
materials_from_dense(const bool *seen, const double *grams)
{
	MaterialsParsed parsed;

	parsed.count = 0;
	for (int z = 1; z <= ELEMENT_COUNT; z++)
	{
		if (seen[z] && grams[z] != 0)
		{
			parsed.atomic_number[parsed.count] = (unsigned char) z;
			parsed.grams[parsed.count] = grams[z];
			parsed.count++;
		}
	}
	return materials_from_parsed(&parsed);
}

/* a message of the text parser, which reads and writes UTF-8, in the database encoding */
static char *
server_text(const char *utf8)
{
	if (GetDatabaseEncoding() == PG_UTF8)
		return (char *) utf8;
	return pg_any_to_server(utf8, strlen(utf8), PG_UTF8);
}

/* the SQLSTATE of a parser error kind */
static int
error_code(ScanErrorKind kind)
{
	return kind == SCAN_OUT_OF_RANGE ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE :
		ERRCODE_INVALID_TEXT_REPRESENTATION;
}

/* the atomic number of an element named by a function argument, or an error */
int
materials_argument_element(const char *name, size_t len)
{
	ScanError	err;
	int			z;

	scan_error_clear(&err);
	z = materials_element(name, len, &err);
	if (z == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown chemical element"),
				 errdetail("%s", err.detail),
				 errhint("%s", err.hint)));
	return z;
}

/*
 * Text input: "Co=65g, Au=104mg".  Bad input is a soft error where the
 * caller asks for one (pg_input_is_valid, COPY ... ON_ERROR).
 */
Datum
materials_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	MaterialsParsed parsed;
	ScanError	err;

	/* the parser reads UTF-8 (for the micro sign of µg) */
	if (GetDatabaseEncoding() != PG_UTF8)
		str = pg_server_to_any(str, strlen(str), PG_UTF8);

	if (!materials_parse(str, strlen(str), &parsed, &err))
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(error_code(err.kind)),
				 errmsg("%s", server_text(err.message)),
				 err.detail[0] ? errdetail("%s", server_text(err.detail)) : 0,
				 err.hint[0] ? errhint("%s", server_text(err.hint)) : 0));

	PG_RETURN_MATERIALS_P(materials_from_parsed(&parsed));
}

/*
 * Canonical text output: atomic-number order, grams in the shortest form
 * that reads back to the same float8, whatever extra_float_digits says
 */
Datum
materials_out(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	uint8	   *atomic = MATERIALS_ATOMIC(m);
	StringInfoData out;
	char		number[DOUBLE_SHORTEST_DECIMAL_LEN];
	int			i;

	initStringInfo(&out);
	for (i = 0; i < m->count; i++)
	{
		if (i > 0)
			appendStringInfoString(&out, ", ");
		double_to_shortest_decimal_buf(m->grams[i], number);
		appendStringInfo(&out, "%s=%sg", element_table[atomic[i] - 1].symbol, number);
	}
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_CSTRING(out.data);
}

/* a bad binary value: 22P03; never returns */
static void
binary_error(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary input for type materials"),
			 errdetail("%s", detail)));
}

/* fails unless n more bytes are left in buf */
static void
binary_need(StringInfo buf, int n)
{
	if (buf->len - buf->cursor < n)
		binary_error("The value ends before its last element.");
}

/*
 * Binary input: version byte (1), int16 count, then per element uint8
 * atomic number and float8 grams.  Checks all that text input checks:
 * known elements, no duplicates, finite masses of at least 0.  Elements
 * may come in any order; masses of 0 are dropped, as in text input.
 */
Datum
materials_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bool		seen[ELEMENT_COUNT + 1];
	double		grams[ELEMENT_COUNT + 1];
	int			version;
	int			count;
	int			i;
	int			z;

	binary_need(buf, 3);
	version = pq_getmsgbyte(buf);
	if (version != MATERIALS_BINARY_VERSION)
		binary_error(psprintf("Format version %d is unknown; this build reads version %d.",
							  version, MATERIALS_BINARY_VERSION));
	count = pq_getmsgint(buf, 2);
	if (count < 0 || count > ELEMENT_COUNT)
		binary_error(psprintf("It claims %d elements; a value holds 0 to %d.",
							  count, ELEMENT_COUNT));

	memset(seen, 0, sizeof(seen));
	memset(grams, 0, sizeof(grams));
	for (i = 0; i < count; i++)
	{
		ScanError	err;
		double		g;

		binary_need(buf, 9);
		z = pq_getmsgbyte(buf);
		g = pq_getmsgfloat8(buf);
		if (z < 1 || z > ELEMENT_COUNT)
			binary_error(psprintf("Atomic number %d is not an element.", z));
		else
		{
			if (seen[z])
				binary_error(psprintf("%s (%s) is given twice.",
									  element_table[z - 1].name, element_table[z - 1].symbol));
			scan_error_clear(&err);
			if (!materials_check_grams(z, g, &err))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("value out of range for type materials"),
						 errdetail("%s", err.detail),
						 errhint("%s", err.hint)));
			seen[z] = true;
			grams[z] = g;
		}
	}

	PG_RETURN_MATERIALS_P(materials_from_dense(seen, grams));
}

/* binary output (see materials_recv) */
Datum
materials_send(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	uint8	   *atomic = MATERIALS_ATOMIC(m);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, MATERIALS_BINARY_VERSION);
	pq_sendint16(&buf, m->count);
	for (i = 0; i < m->count; i++)
	{
		pq_sendint8(&buf, atomic[i]);
		pq_sendfloat8(&buf, m->grams[i]);
	}
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* do a and b hold the same masses?  (canonical form: same bytes) */
static bool
materials_equal(const Materials *a, const Materials *b)
{
	return VARSIZE(a) == VARSIZE(b) &&
		memcmp(VARDATA(a), VARDATA(b), VARSIZE(a) - VARHDRSZ) == 0;
}

/* materials = materials */
Datum
materials_eq(PG_FUNCTION_ARGS)
{
	Materials  *a = PG_GETARG_MATERIALS_P(0);
	Materials  *b = PG_GETARG_MATERIALS_P(1);
	bool		result = materials_equal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_BOOL(result);
}

/* materials <> materials */
Datum
materials_ne(PG_FUNCTION_ARGS)
{
	Materials  *a = PG_GETARG_MATERIALS_P(0);
	Materials  *b = PG_GETARG_MATERIALS_P(1);
	bool		result = !materials_equal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_BOOL(result);
}

/*
 * Total order of the btree opclass: the maps compared as vectors of 118
 * masses in atomic-number order (absent = 0), lexicographically.  It agrees
 * with equality, and 'Co=1g' < 'Co=2g'.
 */
static int
materials_compare(const Materials *a, const Materials *b)
{
	const uint8 *za = MATERIALS_ATOMIC(a);
	const uint8 *zb = MATERIALS_ATOMIC(b);
	int			i = 0;
	int			j = 0;

	while (i < a->count && j < b->count)
	{
		/* an element only one map has: that map has the larger mass there */
		if (za[i] != zb[j])
			return za[i] < zb[j] ? 1 : -1;
		if (a->grams[i] != b->grams[j])
			return a->grams[i] < b->grams[j] ? -1 : 1;
		i++, j++;
	}
	if (i < a->count)
		return 1;
	if (j < b->count)
		return -1;
	return 0;
}

/* compares two arguments and frees their detoasted copies */
static int
materials_compare_args(FunctionCallInfo fcinfo)
{
	Materials  *a = PG_GETARG_MATERIALS_P(0);
	Materials  *b = PG_GETARG_MATERIALS_P(1);
	int			result = materials_compare(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return result;
}

/* materials < materials */
Datum
materials_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(materials_compare_args(fcinfo) < 0);
}

/* materials <= materials */
Datum
materials_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(materials_compare_args(fcinfo) <= 0);
}

/* materials > materials */
Datum
materials_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(materials_compare_args(fcinfo) > 0);
}

/* materials >= materials */
Datum
materials_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(materials_compare_args(fcinfo) >= 0);
}

/* btree support: -1, 0 or 1 */
Datum
materials_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(materials_compare_args(fcinfo));
}

/* hash of the canonical bytes, for the hash opclass */
Datum
materials_hash(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	Datum		result;

	result = hash_any((unsigned char *) VARDATA(m), VARSIZE(m) - VARHDRSZ);
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_DATUM(result);
}

/* seeded 64-bit hash of the canonical bytes, for the hash opclass */
Datum
materials_hash_extended(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	uint64		seed = PG_GETARG_INT64(1);
	Datum		result;

	result = hash_any_extended((unsigned char *) VARDATA(m), VARSIZE(m) - VARHDRSZ, seed);
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_DATUM(result);
}

/* materials::jsonb: {"Co": 65, "Au": 0.104}, grams as JSON numbers */
Datum
materials_to_jsonb(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	uint8	   *atomic = MATERIALS_ATOMIC(m);
	JsonbParseState *state = NULL;
	JsonbValue *result;
	char		number[DOUBLE_SHORTEST_DECIMAL_LEN];
	int			i;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	for (i = 0; i < m->count; i++)
	{
		JsonbValue	key;
		JsonbValue	value;
		const char *symbol = element_table[atomic[i] - 1].symbol;

		key.type = jbvString;
		key.val.string.val = pstrdup(symbol);
		key.val.string.len = strlen(symbol);
		pushJsonbValue(&state, WJB_KEY, &key);

		/* the shortest exact text, not float8_numeric's 15 digits */
		double_to_shortest_decimal_buf(m->grams[i], number);
		value.type = jbvNumeric;
		value.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in,
																CStringGetDatum(number),
																ObjectIdGetDatum(InvalidOid),
																Int32GetDatum(-1)));
		pushJsonbValue(&state, WJB_VALUE, &value);
	}
	result = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
	PG_RETURN_JSONB_P(JsonbValueToJsonb(result));
}

/* an error of the jsonb cast with the parser's detail and hint; never returns */
static void
jsonb_cast_error(const ScanError *err)
{
	ereport(ERROR,
			(errcode(error_code(err->kind)),
			 errmsg("cannot cast jsonb to type materials"),
			 errdetail("%s", err->detail),
			 errhint("%s", err->hint)));
}

/* an error of the jsonb cast about the JSON structure: 22023, as core's casts; never returns */
static void
jsonb_shape_error(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot cast jsonb to type materials"),
			 errdetail("%s", detail),
			 errhint("A materials value in jsonb is an object of elements and their grams as numbers, such as {\"Co\": 65, \"Au\": 0.104}.")));
}

/* the JSON type of a value inside a jsonb object, for messages */
static const char *
json_kind(JsonbValue *v)
{
	if (v->type == jbvBinary)
		return JsonContainerIsObject(v->val.binary.data) ? "an object" :
			"an array";
	switch (v->type)
	{
		case jbvString:
			return "a string";
		case jbvBool:
			return "a boolean";
		case jbvNull:
			return "null";
		default:
			return "not a number";
	}
}

/*
 * jsonb::materials: an object of elements (symbols or names, as in text
 * input) and their grams as JSON numbers; the checks of text input apply
 */
Datum
materials_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken token;
	ScanError	err;
	bool		seen[ELEMENT_COUNT + 1];
	double		grams[ELEMENT_COUNT + 1];
	int			z = 0;
	char	   *key = NULL;

	if (!JB_ROOT_IS_OBJECT(jb))
	{
		if (JB_ROOT_IS_SCALAR(jb) && JsonbExtractScalar(&jb->root, &v))
			jsonb_shape_error(psprintf("The jsonb value is %s, not an object.",
									   v.type == jbvNumeric ? "a number" : json_kind(&v)));
		jsonb_shape_error("The jsonb value is an array, not an object.");
	}

	scan_error_clear(&err);
	memset(seen, 0, sizeof(seen));
	memset(grams, 0, sizeof(grams));
	it = JsonbIteratorInit(&jb->root);
	while ((token = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (token == WJB_KEY)
		{
			key = pnstrdup(v.val.string.val, v.val.string.len);
			z = materials_element(v.val.string.val, v.val.string.len, &err);
			if (z == 0)
				jsonb_cast_error(&err);
			if (seen[z])
			{
				scan_fail(&err, SCAN_SYNTAX, "Give each element once; add its amounts up first.",
						  "%s (%s) is given twice.",
						  element_table[z - 1].name, element_table[z - 1].symbol);
				jsonb_cast_error(&err);
			}
		}
		else if (token == WJB_VALUE)
		{
			char	   *text;
			double		g;

			if (v.type != jbvNumeric)
				jsonb_shape_error(psprintf("The value of \"%s\" is %s; masses are JSON numbers of grams.",
										   key, json_kind(&v)));
			text = DatumGetCString(DirectFunctionCall1(numeric_out,
													   NumericGetDatum(v.val.numeric)));
			errno = 0;
			g = strtod(text, NULL);
			if (errno == ERANGE && g == 0)
				materials_set_underflow(z, &err);
			else if (errno == ERANGE && isinf(g))
				materials_set_overflow(z, &err);
			else if (materials_check_grams(z, g, &err))
			{
				seen[z] = true;
				grams[z] = g;
				continue;
			}
			jsonb_cast_error(&err);
		}
	}

	PG_RETURN_MATERIALS_P(materials_from_dense(seen, grams));
}

/* materials(element, grams): a map of one element, checked as text input */
Datum
materials_make(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	float8		g = PG_GETARG_FLOAT8(1);
	int			z = materials_argument_element(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	ScanError	err;
	Materials  *m;

	scan_error_clear(&err);
	if (!materials_check_grams(z, g, &err))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range for type materials"),
				 errdetail("%s", err.detail),
				 errhint("%s", err.hint)));
	if (g == 0)
		PG_RETURN_MATERIALS_P(materials_alloc(0));
	m = materials_alloc(1);
	m->grams[0] = g;
	MATERIALS_ATOMIC(m)[0] = (uint8) z;
	PG_RETURN_MATERIALS_P(m);
}
