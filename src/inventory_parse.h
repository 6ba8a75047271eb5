/*
 * src/inventory_parse.h
 *		Reader of inventory files as exported by asset-management and
 *		footprint tools: the bytes of a whole file into records of fields.
 *		Plain C, no server headers: the fuzz target links this file alone.
 *
 * Encodings: UTF-8 with or without a byte-order mark, UTF-16 LE or BE with
 * a byte-order mark, or without one when the file starts with two ASCII
 * characters (converted to UTF-8), and per value a Windows-1252
 * fallback for bytes that are not UTF-8.  Line ends: LF, CRLF or CR.
 * A DOS end-of-file mark (Ctrl-Z, 0x1A) that ends the text is dropped.
 * Fields: separated by ';', ',', a tab or '|' (found from the header line); a
 * field that starts with '"' and whose closing '"' is followed by the
 * delimiter or the end of the line is quoted as RFC 4180 says (it may hold
 * delimiters, line ends and "" for a quote; one that spans lines and holds
 * a line's worth of delimiters is not taken as quoted, see
 * inventory_parse.c); any other '"' is an ordinary
 * character, as G4IT's reader takes it (12" screens).
 */
#ifndef CIRCULAR_ICT_INVENTORY_PARSE_H
#define CIRCULAR_ICT_INVENTORY_PARSE_H

#include <stdbool.h>
#include <stddef.h>

/* most fields a record may have (PostgreSQL's limit of table columns) */
#define INVENTORY_MAX_FIELDS 1600
/* longest value kept, in bytes once decoded; a longer one rejects its line */
#define INVENTORY_MAX_FIELD_BYTES 65536

typedef enum InventoryEncoding
{
	INVENTORY_UTF8,				/* no byte-order mark (values that are not
								 * UTF-8 are read as Windows-1252) */
	INVENTORY_UTF8_BOM,
	INVENTORY_UTF16LE,
	INVENTORY_UTF16BE
} InventoryEncoding;

/* why a record cannot be imported as it is */
typedef enum InventoryProblem
{
	INVENTORY_OK,
	INVENTORY_NUL,				/* a NUL character in a field */
	INVENTORY_BAD_UTF16,		/* an unpaired surrogate or an odd byte */
	INVENTORY_TOO_MANY_FIELDS,	/* more than INVENTORY_MAX_FIELDS */
	INVENTORY_FIELD_TOO_LONG	/* a value over INVENTORY_MAX_FIELD_BYTES */
} InventoryProblem;

/* grows (or, given NULL, allocates) a block; never returns NULL */
typedef void *(*InventoryRealloc) (void *block, size_t size);

typedef struct InventoryScanner
{
	/* the text, UTF-8 except for values read as Windows-1252 */
	const char *text;
	size_t		len;
	size_t		pos;
	long		line;			/* physical line at pos, from 1 */
	InventoryEncoding encoding;
	char		delimiter;
	/*
	 * fields a data record may have (those under empty header names at the
	 * end may be missing); 0 until the header is read
	 */
	int			expected_fields;
	int			min_fields;

	InventoryRealloc grow;
	/* the current record: its fields' bytes, one after the other */
	char	   *buf;
	size_t		buf_used;
	size_t		buf_size;
	size_t	   *field_start;
	size_t	   *field_len;
	int			fields_size;
} InventoryScanner;

typedef struct InventoryRecord
{
	long		first_line;		/* physical lines the record spans */
	long		last_line;
	int			nfields;
	bool		blank;			/* no value: an empty line or delimiters and
								 * spaces only */
	int			recoded;		/* values read as Windows-1252 */
	InventoryProblem problem;
	int			problem_field;	/* from 0; for NUL, BAD_UTF16, TOO_LONG */
} InventoryRecord;

/*
 * Decodes a whole file to UTF-8.  Returns the text to scan and its length,
 * and the encoding; a UTF-16 file is converted into a new block (grow),
 * whose input units that are not UTF-16 become the byte 0xFF (never in
 * UTF-8), so that the records holding them are refused; other files are
 * used in place, past a UTF-8 byte-order mark.
 */
extern const char *inventory_decode(const unsigned char *data, size_t len,
									InventoryRealloc grow, size_t *text_len,
									InventoryEncoding *encoding);

/*
 * The delimiter of the first non-blank line (';', '\t', ',' or '|'; the most
 * frequent outside quotes, ';' then tab then ',' on a tie), or '\0' when
 * that line has none.
 */
extern char inventory_detect_delimiter(const char *text, size_t len);

/*
 * The length of the text without the DOS end-of-file mark (Ctrl-Z, 0x1A)
 * that old tools write as its last character, before or after the last line
 * end: len itself when the text has none
 */
extern size_t inventory_text_end(const char *text, size_t len);

/*
 * The offset of the text after its first n lines that hold anything but
 * spaces, tabs and the delimiters ; , |  (a title above a sheet's table),
 * and in *lines the lines (LF, CRLF or CR) it passes; len when the text
 * has fewer such lines.  Lines as the bytes split them: a quoted value
 * spanning lines in a title is not looked for.
 */
extern size_t inventory_skip_lines(const char *text, size_t len, long n, long *lines);

/*
 * Excel's separator line: a first line "sep=X" (or "\"sep=X\""), which
 * Excel reads as the delimiter X and writes before the header in locales
 * whose list separator is not the file's.  True when text starts with one:
 * *named is X (any character; the caller decides which it accepts) and
 * *line_len the bytes of the line with its line end.
 */
extern bool inventory_separator_line(const char *text, size_t len, char *named,
									 size_t *line_len);

extern void inventory_scan_init(InventoryScanner *s, const char *text, size_t len,
								InventoryEncoding encoding, char delimiter,
								InventoryRealloc grow);

/*
 * Reads the next record; false at the end of the text.  Its fields are
 * inventory_field(s, i, &len), valid until the next call.
 */
extern bool inventory_next_record(InventoryScanner *s, InventoryRecord *rec);

/* Field i of the current record (not NUL-terminated) and its length */
static inline const char *
inventory_field(const InventoryScanner *s, int i, size_t *len)
{
	*len = s->field_len[i];
	return *len > 0 ? s->buf + s->field_start[i] : "";
}

/* Frees what the scanner allocated (with free_fn, the counterpart of grow) */
extern void inventory_scan_free(InventoryScanner *s, void (*free_fn) (void *));

/* Is s[0..len) valid UTF-8 (shortest forms, no surrogates, no NUL)? */
extern bool inventory_utf8_valid(const char *s, size_t len);

#endif							/* CIRCULAR_ICT_INVENTORY_PARSE_H */
