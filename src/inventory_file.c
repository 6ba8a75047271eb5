/*
 * src/inventory_file.c
 *		SQL functions of the inventory-file reader (inventory_parse.c): the
 *		header of a file, and its records with their line numbers.  The
 *		import (import_file, in SQL) maps the header names to fields and
 *		checks the values; this file only reads, and never refuses a line:
 *		a record that cannot be read says why.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "inventory_parse.h"

PG_FUNCTION_INFO_V1(inventory_header);
PG_FUNCTION_INFO_V1(inventory_records);
PG_FUNCTION_INFO_V1(inventory_headers);

/* palloc and repalloc behind one allocator (what inventory_parse wants) */
static void *
inventory_grow(void *block, size_t size)
{
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("inventory file too large to read"),
				 errdetail("Reading it needs a block of %zu bytes; the limit is %zu.",
						   size, (size_t) MaxAllocSize)));
	return block ? repalloc(block, size) : palloc(size);
}

static const char *
encoding_name(InventoryEncoding e)
{
	switch (e)
	{
		case INVENTORY_UTF8_BOM:
			return "UTF-8 (BOM)";
		case INVENTORY_UTF16LE:
			return "UTF-16LE";
		case INVENTORY_UTF16BE:
			return "UTF-16BE";
		case INVENTORY_UTF8:
			break;
	}
	return "UTF-8";
}

/* The delimiter argument: NULL (found from the header), ';', ',', a tab or '|' */
static char
delimiter_argument(FunctionCallInfo fcinfo, int argno)
{
	text	   *t;
	char	   *s;

	if (PG_ARGISNULL(argno))
		return '\0';
	t = PG_GETARG_TEXT_PP(argno);
	s = text_to_cstring(t);
	if (strcmp(s, ";") == 0 || strcmp(s, ",") == 0 || strcmp(s, "\t") == 0 ||
		strcmp(s, "|") == 0)
		return s[0];
	if (pg_strcasecmp(s, "tab") == 0)
		return '\t';
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid delimiter \"%s\"", s),
			 errhint("Give ';', ',', a tab (E'\\t' or 'tab') or '|', or NULL to find it from the header line.")));
	return '\0';				/* not reached */
}

/* The skip argument: the lines with something on them before the header */
static int32
skip_argument(FunctionCallInfo fcinfo, int argno)
{
	int32		skip;

	if (PG_NARGS() <= argno)
		return 0;
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("skip must not be NULL")));
	skip = PG_GETARG_INT32(argno);
	if (skip < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("skip must not be negative: %d", skip)));
	return skip;
}

/*
 * A value of the file as text of the database: UTF-8 from the reader.  A
 * refused record's values are not recoded (a NUL, bad UTF-16, a value cut
 * at 64 kB, over 1600 fields), so what is not UTF-8 in them (a NUL, a byte
 * of bad UTF-16, a Windows-1252 byte, a character cut at 64 kB) is shown as
 * U+FFFD: the line is reported, and the import goes on
 */
static text *
field_text(const char *p, size_t len, bool refused)
{
	char	   *clean = NULL;
	char	   *server;
	text	   *result;

	if (refused && (memchr(p, '\0', len) != NULL || !inventory_utf8_valid(p, len)))
	{
		size_t		o = 0;
		size_t		i = 0;

		clean = palloc(len * 3 + 1);
		while (i < len)
		{
			const unsigned char *c = (const unsigned char *) p + i;
			int			n = *c == 0 ? 1 : pg_utf_mblen(c);

			if (*c != 0 && (size_t) n <= len - i && pg_utf8_islegal(c, n))
			{
				memcpy(clean + o, c, n);
				o += n;
				i += n;
			}
			else
			{
				memcpy(clean + o, "\xEF\xBF\xBD", 3);
				o += 3;
				i++;
			}
		}
		p = clean;
		len = o;
	}
	server = pg_any_to_server(p, (int) len, PG_UTF8);
	result = cstring_to_text_with_len(server, server == p ? (int) len : (int) strlen(server));
	if (server != p)
		pfree(server);
	if (clean)
		pfree(clean);
	return result;
}

/* The fields of the scanner's current record as a text[] */
static ArrayType *
record_array(InventoryScanner *s, const InventoryRecord *rec)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(rec->nfields, 1));

	for (int i = 0; i < rec->nfields; i++)
	{
		size_t		len;
		const char *f = inventory_field(s, i, &len);

		elems[i] = PointerGetDatum(field_text(f, len, rec->problem != INVENTORY_OK));
	}
	return construct_array(elems, rec->nfields, TEXTOID, -1, false, TYPALIGN_INT);
}

/* Does the text hold anything but spaces and line ends? */
static bool
has_value(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n')
			return true;
	return false;
}

/*
 * A workbook instead of its CSV export: the reader would see its binary
 * data as a header with a NUL in it, so say what the file is
 */
static void
refuse_workbook(const unsigned char *data, size_t len)
{
	static const unsigned char zip[] = {'P', 'K', 0x03, 0x04};
	static const unsigned char ole[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
	const char *kind = NULL;

	if (len >= sizeof(zip) && memcmp(data, zip, sizeof(zip)) == 0)
		kind = "a ZIP archive, as a spreadsheet workbook (.xlsx, .ods) is";
	else if (len >= sizeof(ole) && memcmp(data, ole, sizeof(ole)) == 0)
		kind = "an Excel 97-2003 workbook (.xls)";
	else if (len >= 5 && memcmp(data, "%PDF-", 5) == 0)
		kind = "a PDF document";
	if (kind)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the inventory file is not a text file"),
				 errdetail("It is %s.", kind),
				 errhint("Save the sheet as CSV (\"CSV UTF-8\" in Excel) or as Unicode text, and import that file.")));
}

/* A file decoded to UTF-8, after its separator line (when it has one) */
typedef struct InventoryText
{
	const char *text;
	size_t		len;
	InventoryEncoding encoding;
	char		named;			/* the delimiter its "sep=" line names, or '\0' */
	bool		separator_line; /* the line of text before it was "sep=..." */
} InventoryText;

/* Where a header can start: after skip lines of text (a title) */
typedef enum HeaderStart
{
	HEADER_FOUND,
	HEADER_EMPTY,				/* nothing after the lines skipped */
	HEADER_NO_DELIMITER			/* the line holds none of ; tab , | */
} HeaderStart;

/*
 * Decodes the file (once, whatever lines are then tried as its header) and
 * reads its Excel "sep=;" line, which names the delimiter
 */
static void
decode_file(bytea *file, InventoryText *t)
{
	size_t		skipped = 0;

	refuse_workbook((const unsigned char *) VARDATA_ANY(file), VARSIZE_ANY_EXHDR(file));
	t->text = inventory_decode((const unsigned char *) VARDATA_ANY(file),
							   VARSIZE_ANY_EXHDR(file), inventory_grow, &t->len, &t->encoding);
	t->len = inventory_text_end(t->text, t->len);
	t->named = '\0';
	t->separator_line = inventory_separator_line(t->text, t->len, &t->named, &skipped);
	if (!t->separator_line)
		return;
	if (t->named != ';' && t->named != ',' && t->named != '\t' && t->named != '|')
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the inventory file's separator line names an unsupported delimiter"),
				 t->named > ' ' && t->named < 0x7F ?
				 errdetail("Its first line reads \"sep=%c\"; the delimiter must be ';', ',', a tab or '|'.",
						   t->named) :
				 errdetail("Its first line names the byte 0x%02X as the delimiter; it must be ';', ',', a tab or '|'.",
						   (unsigned char) t->named),
				 errhint("Export the file again with one of those delimiters.")));
	t->text += skipped;
	t->len -= skipped;
}

/*
 * Sets up a scanner at the line after the first skip lines with something
 * on them (a title), with the delimiter given, else the one the separator
 * line names, else the one found in that line; says why it cannot
 */
static HeaderStart
start_header(const InventoryText *t, char delimiter, int32 skip, InventoryScanner *s)
{
	const char *text = t->text;
	size_t		len = t->len;
	long		title_lines = 0;

	if (skip > 0)
	{
		size_t		after = inventory_skip_lines(text, len, skip, &title_lines);

		text += after;
		len -= after;
	}
	if (!has_value(text, len))
		return HEADER_EMPTY;
	if (delimiter == '\0')
		delimiter = t->named;
	if (delimiter == '\0')
		delimiter = inventory_detect_delimiter(text, len);
	if (delimiter == '\0')
		return HEADER_NO_DELIMITER;
	inventory_scan_init(s, text, len, t->encoding, delimiter, inventory_grow);
	/* line numbers count the separator line and the lines skipped */
	s->line = 1 + (t->separator_line ? 1 : 0) + title_lines;
	return HEADER_FOUND;
}

/* Opens the file at its header after skip lines of text, or says why not */
static void
open_file(bytea *file, char delimiter, int32 skip, InventoryScanner *s)
{
	InventoryText t;

	decode_file(file, &t);
	switch (start_header(&t, delimiter, skip, s))
	{
		case HEADER_EMPTY:
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("the inventory file is empty"),
					 errdetail("It holds no header line.")));
			break;
		case HEADER_NO_DELIMITER:
			ereport(ERROR,
					(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
					 errmsg("no delimiter in the header line of the inventory file"),
					 errdetail("The first line that is not empty holds no ';', ',', tab or '|', so it names one column at most."),
					 errhint("An inventory file starts with a header line of column names, such as serial;category;purchased.")));
			break;
		case HEADER_FOUND:
			break;
	}
}

/* The first record with a value (false: none), which is the header */
static bool
next_header_record(InventoryScanner *s, InventoryRecord *rec)
{
	while (inventory_next_record(s, rec))
		if (!rec->blank)
			return true;
	return false;
}

/* Reads up to and including the header, which must be readable */
static InventoryRecord
read_header(InventoryScanner *s)
{
	InventoryRecord rec;

	if (!next_header_record(s, &rec))
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the inventory file is empty"),
				 errdetail("It holds no header line.")));
	if (rec.problem != INVENTORY_OK)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("the header line of the inventory file cannot be read"),
				 errdetail("%s (line %ld).",
						   rec.problem == INVENTORY_NUL ? "It holds a NUL character; a file in UTF-16 needs its byte-order mark" :
						   rec.problem == INVENTORY_BAD_UTF16 ? "It is not valid UTF-16" :
						   rec.problem == INVENTORY_TOO_MANY_FIELDS ? "It names more than 1600 columns" :
						   "A column name is longer than 65536 bytes",
						   rec.first_line)));
	return rec;
}

/*
 * inventory_header(file bytea, delimiter text, skip int) -> (encoding,
 * delimiter, line, names text[]): how the file is read, and its header
 */
Datum
inventory_header(PG_FUNCTION_ARGS)
{
	bytea	   *file;
	char		delimiter;
	InventoryScanner s;
	InventoryRecord rec;
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	char		delim[2];

	/* not strict: a NULL delimiter means "find it" */
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("file must not be NULL")));
	file = PG_GETARG_BYTEA_PP(0);
	delimiter = delimiter_argument(fcinfo, 1);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "inventory_header must return a record");
	open_file(file, delimiter, skip_argument(fcinfo, 2), &s);
	rec = read_header(&s);
	delim[0] = s.delimiter;
	delim[1] = '\0';
	values[0] = CStringGetTextDatum(encoding_name(s.encoding));
	values[1] = CStringGetTextDatum(delim);
	values[2] = Int32GetDatum((int32) Min(rec.first_line, PG_INT32_MAX));
	values[3] = PointerGetDatum(record_array(&s, &rec));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/*
 * inventory_headers(file bytea, delimiter text, tries int) -> setof (skip,
 * encoding, delimiter, line, names text[]): the lines that can be read as
 * the header, after 0, 1, ... tries - 1 lines of text (a title above the
 * table), each line once, from one decoding of the file: import_file takes
 * the first that names the columns it needs
 */
Datum
inventory_headers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bytea	   *file;
	char		delimiter;
	int32		tries;
	InventoryText t;
	long		last_line = 0;
	MemoryContext per_try;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("file must not be NULL")));
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("tries must not be NULL")));
	file = PG_GETARG_BYTEA_PP(0);
	delimiter = delimiter_argument(fcinfo, 1);
	tries = PG_GETARG_INT32(2);
	if (tries < 1 || tries > 100)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tries must be between 1 and 100: %d", tries)));

	InitMaterializedSRF(fcinfo, 0);
	decode_file(file, &t);
	per_try = AllocSetContextCreate(CurrentMemoryContext, "inventory header",
									ALLOCSET_DEFAULT_SIZES);
	for (int32 skip = 0; skip < tries; skip++)
	{
		InventoryScanner s;
		InventoryRecord rec;
		HeaderStart start;
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(per_try);
		start = start_header(&t, delimiter, skip, &s);
		if (start == HEADER_EMPTY || (start == HEADER_FOUND && !next_header_record(&s, &rec)))
		{
			MemoryContextSwitchTo(old);
			break;				/* no line of text left */
		}
		/* a line without a delimiter, or unreadable, is no header; a line
		 * reached again (after a line of text that reads as blank) once */
		if (start == HEADER_FOUND && rec.problem == INVENTORY_OK && rec.first_line > last_line)
		{
			Datum		values[5];
			bool		nulls[5] = {false, false, false, false, false};
			char		delim[2] = {s.delimiter, '\0'};

			values[0] = Int32GetDatum(skip);
			values[1] = CStringGetTextDatum(encoding_name(s.encoding));
			values[2] = CStringGetTextDatum(delim);
			values[3] = Int32GetDatum((int32) Min(rec.first_line, PG_INT32_MAX));
			values[4] = PointerGetDatum(record_array(&s, &rec));
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			last_line = rec.first_line;
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(per_try);
	}
	MemoryContextDelete(per_try);
	return (Datum) 0;
}

/* What is wrong with a record, for import_error (NULL when nothing) */
static const char *
problem_text(const InventoryRecord *rec)
{
	switch (rec->problem)
	{
		case INVENTORY_NUL:
			return "the value holds a NUL character";
		case INVENTORY_BAD_UTF16:
			return "the value is not valid UTF-16 (an unpaired surrogate, or a lone byte at the end of the file)";
		case INVENTORY_TOO_MANY_FIELDS:
			return "the line has more than 1600 fields";
		case INVENTORY_FIELD_TOO_LONG:
			return "the value is longer than 65536 bytes";
		case INVENTORY_OK:
			break;
	}
	return NULL;
}

/*
 * inventory_records(file bytea, delimiter text, header_fields int,
 * min_fields int, skip int) -> setof (line, last_line, fields text[], blank, recoded,
 * problem, problem_field): every record after the header
 */
Datum
inventory_records(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bytea	   *file;
	char		delimiter;
	int32		header_fields;
	int32		min_fields;
	InventoryScanner s;
	InventoryRecord rec;
	MemoryContext per_record;
	MemoryContext old;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("inventory_records needs a file, its delimiter and its header's field counts")));
	file = PG_GETARG_BYTEA_PP(0);
	delimiter = delimiter_argument(fcinfo, 1);
	header_fields = PG_GETARG_INT32(2);
	min_fields = PG_GETARG_INT32(3);
	if (header_fields < 1 || header_fields > INVENTORY_MAX_FIELDS ||
		min_fields < 1 || min_fields > header_fields)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid field counts %d and %d", header_fields, min_fields),
				 errdetail("The header has 1 to 1600 fields, and at least 1 of them and at most all are required.")));

	InitMaterializedSRF(fcinfo, 0);
	open_file(file, delimiter, skip_argument(fcinfo, 4), &s);
	(void) read_header(&s);
	s.expected_fields = header_fields;
	s.min_fields = min_fields;

	per_record = AllocSetContextCreate(CurrentMemoryContext, "inventory record",
									   ALLOCSET_DEFAULT_SIZES);
	while (inventory_next_record(&s, &rec))
	{
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		const char *problem = problem_text(&rec);

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(per_record);
		values[0] = Int32GetDatum((int32) Min(rec.first_line, PG_INT32_MAX));
		values[1] = Int32GetDatum((int32) Min(rec.last_line, PG_INT32_MAX));
		if (rec.blank)
			nulls[2] = true;
		else
			values[2] = PointerGetDatum(record_array(&s, &rec));
		values[3] = BoolGetDatum(rec.blank);
		values[4] = Int32GetDatum(rec.recoded);
		if (problem)
		{
			values[5] = CStringGetTextDatum(problem);
			values[6] = Int32GetDatum(rec.problem == INVENTORY_TOO_MANY_FIELDS ? 0 : rec.problem_field + 1);
		}
		else
			nulls[5] = nulls[6] = true;
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(per_record);
	}
	MemoryContextDelete(per_record);
	return (Datum) 0;
}
