/*
 * src/inventory_parse.c
 *		Inventory files into records of fields (see inventory_parse.h).
 *
 * Nothing of a file is dropped here: every physical line belongs to one
 * record, a record that cannot be read as it is says why, and the caller
 * rejects it with its line numbers.  A quoted field is taken as quoted
 * only when it is well formed (its closing quote ends the field); if a
 * record whose quoted field spans lines does not have the fields the
 * header has, or that field holds delimiters enough for a whole line (one
 * fewer than the fields of its first line read alone: its quote closes in
 * a field of the next line at or after the one it opened in), it is read
 * again with every quote on one line, so that a stray quote at the start of
 * a value cannot swallow the lines after it.
 */
#include "inventory_parse.h"

#include <string.h>

/* Windows-1252 code points of the bytes 0x80 to 0x9F (WHATWG Encoding) */
static const unsigned short windows1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

/* Writes code point cp as UTF-8 at out; returns the bytes written */
static size_t
put_utf8(unsigned int cp, unsigned char *out)
{
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (cp >> 6));
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (cp >> 18));
	out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
inventory_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = p[i];
		size_t		n;
		unsigned int cp;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1Fu;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0Fu;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07u;
		else
			return false;
		if (len - i <= n)
			return false;
		for (size_t k = 1; k <= n; k++)
		{
			if ((p[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + k] & 0x3Fu);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n + 1;
	}
	return true;
}

/* UTF-16 (after its byte-order mark) into a new block of UTF-8 */
static char *
utf16_to_utf8(const unsigned char *p, size_t len, bool little_endian,
			  InventoryRealloc grow, size_t *out_len)
{
	/* a unit of 2 bytes gives at most 3, a pair of 4 bytes 4, an odd byte 1 */
	unsigned char *out = grow(NULL, len / 2 * 3 + 2);
	size_t		o = 0;
	size_t		i = 0;

	while (len - i >= 2)
	{
		unsigned int u = little_endian ? (unsigned int) (p[i] | (p[i + 1] << 8))
			: (unsigned int) ((p[i] << 8) | p[i + 1]);

		i += 2;
		if (u >= 0xD800 && u <= 0xDBFF && len - i >= 2)
		{
			unsigned int u2 = little_endian ? (unsigned int) (p[i] | (p[i + 1] << 8))
				: (unsigned int) ((p[i] << 8) | p[i + 1]);

			if (u2 >= 0xDC00 && u2 <= 0xDFFF)
			{
				i += 2;
				o += put_utf8(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00), out + o);
				continue;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF)
			out[o++] = 0xFF;	/* unpaired surrogate */
		else
			o += put_utf8(u, out + o);
	}
	if (i < len)
		out[o++] = 0xFF;		/* an odd byte at the end */
	*out_len = o;
	return (char *) out;
}

const char *
inventory_decode(const unsigned char *data, size_t len, InventoryRealloc grow,
				 size_t *text_len, InventoryEncoding *encoding)
{
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
	{
		*encoding = INVENTORY_UTF8_BOM;
		*text_len = len - 3;
		return (const char *) data + 3;
	}
	if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
	{
		bool		little_endian = data[0] == 0xFF;

		*encoding = little_endian ? INVENTORY_UTF16LE : INVENTORY_UTF16BE;
		return utf16_to_utf8(data + 2, len - 2, little_endian, grow, text_len);
	}
	/*
	 * UTF-16 without a byte-order mark (SQL Server's bcp -w, iconv): a file
	 * that starts with two characters of ASCII, each a byte and a NUL.  Text
	 * in UTF-8 holds no NUL, so nothing read before is read otherwise now.
	 */
	if (len >= 4 && data[0] != 0 && data[0] < 0x80 && data[1] == 0 &&
		data[2] != 0 && data[2] < 0x80 && data[3] == 0)
	{
		*encoding = INVENTORY_UTF16LE;
		return utf16_to_utf8(data, len, true, grow, text_len);
	}
	if (len >= 4 && data[0] == 0 && data[1] != 0 && data[1] < 0x80 &&
		data[2] == 0 && data[3] != 0 && data[3] < 0x80)
	{
		*encoding = INVENTORY_UTF16BE;
		return utf16_to_utf8(data, len, false, grow, text_len);
	}
	*encoding = INVENTORY_UTF8;
	*text_len = len;
	return (const char *) data;
}

static bool
is_line_end(char c)
{
	return c == '\n' || c == '\r';
}

static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

char
inventory_detect_delimiter(const char *text, size_t len)
{
	size_t		i = 0;
	long		semicolons = 0,
				tabs = 0,
				commas = 0,
				pipes = 0;
	bool		in_quotes = false;

	/* the first line with something on it */
	for (;;)
	{
		size_t		j = i;

		while (j < len && is_space(text[j]))
			j++;
		if (j < len && is_line_end(text[j]))
		{
			i = j + 1;
			continue;
		}
		break;
	}
	for (; i < len; i++)
	{
		char		c = text[i];

		if (in_quotes)
		{
			if (c == '"')
			{
				if (i + 1 < len && text[i + 1] == '"')
					i++;
				else
					in_quotes = false;
			}
			continue;
		}
		if (is_line_end(c))
			break;
		/* a quote opens only at the start of a field */
		if (c == '"' && (i == 0 || text[i - 1] == ';' || text[i - 1] == ',' ||
						 text[i - 1] == '\t' || text[i - 1] == '|' || is_line_end(text[i - 1])))
			in_quotes = true;
		else if (c == ';')
			semicolons++;
		else if (c == '\t')
			tabs++;
		else if (c == ',')
			commas++;
		else if (c == '|')
			pipes++;
	}
	if (semicolons == 0 && tabs == 0 && commas == 0 && pipes == 0)
		return '\0';
	/* the most frequent; a tie goes to ';', then tab, then ',' */
	if (semicolons >= tabs && semicolons >= commas && semicolons >= pipes)
		return ';';
	if (tabs >= commas && tabs >= pipes)
		return '\t';
	return commas >= pipes ? ',' : '|';
}

size_t
inventory_text_end(const char *text, size_t len)
{
	size_t		end = len;

	while (end > 0 && is_line_end(text[end - 1]))
		end--;
	if (end > 0 && text[end - 1] == '\x1A')
		return end - 1;
	return len;
}

size_t
inventory_skip_lines(const char *text, size_t len, long n, long *lines)
{
	size_t		i = 0;

	*lines = 0;
	while (n > 0 && i < len)
	{
		bool		something = false;

		for (; i < len && !is_line_end(text[i]); i++)
			if (!is_space(text[i]) && text[i] != ';' && text[i] != ',' && text[i] != '|')
				something = true;
		if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
			i++;
		if (i < len)
			i++;
		(*lines)++;
		if (something)
			n--;
	}
	return n > 0 ? len : i;
}

bool
inventory_separator_line(const char *text, size_t len, char *named, size_t *line_len)
{
	size_t		i = 0;
	bool		quoted = false;

	if (len > 0 && text[0] == '"')
	{
		quoted = true;
		i = 1;
	}
	if (len < i + 5 || ascii_lower(text[i]) != 's' || ascii_lower(text[i + 1]) != 'e' ||
		ascii_lower(text[i + 2]) != 'p' || text[i + 3] != '=' || is_line_end(text[i + 4]))
		return false;
	*named = text[i + 4];
	i += 5;
	if (quoted)
	{
		if (i >= len || text[i] != '"')
			return false;
		i++;
	}
	/* nothing else on the line but spaces (a tab named is not one of them) */
	while (i < len && text[i] == ' ')
		i++;
	if (i < len && !is_line_end(text[i]))
		return false;
	if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
		i++;
	*line_len = i < len ? i + 1 : len;
	return true;
}

void
inventory_scan_init(InventoryScanner *s, const char *text, size_t len,
					InventoryEncoding encoding, char delimiter, InventoryRealloc grow)
{
	memset(s, 0, sizeof(*s));
	s->text = text;
	s->len = len;
	s->line = 1;
	s->encoding = encoding;
	s->delimiter = delimiter;
	s->grow = grow;
}

void
inventory_scan_free(InventoryScanner *s, void (*free_fn) (void *))
{
	if (s->buf)
		free_fn(s->buf);
	if (s->field_start)
		free_fn(s->field_start);
	if (s->field_len)
		free_fn(s->field_len);
	s->buf = NULL;
	s->field_start = s->field_len = NULL;
}

/* Makes room for n more bytes in the record buffer */
static void
reserve(InventoryScanner *s, size_t n)
{
	if (s->buf_size - s->buf_used >= n)
		return;
	{
		size_t		size = s->buf_size ? s->buf_size : 1024;

		while (size - s->buf_used < n)
			size *= 2;
		s->buf = s->grow(s->buf, size);
		s->buf_size = size;
	}
}

/* Appends n bytes to the current field, up to the longest value kept */
static void
append(InventoryScanner *s, const char *p, size_t n, size_t field_bytes, bool *too_long)
{
	if (field_bytes + n > INVENTORY_MAX_FIELD_BYTES)
	{
		*too_long = true;
		n = field_bytes < INVENTORY_MAX_FIELD_BYTES ? INVENTORY_MAX_FIELD_BYTES - field_bytes : 0;
	}
	if (n == 0)
		return;
	reserve(s, n);
	memcpy(s->buf + s->buf_used, p, n);
	s->buf_used += n;
}

/* Records a field [start, buf_used) of the record, if there is room */
static void
add_field(InventoryScanner *s, InventoryRecord *rec, size_t start)
{
	if (rec->nfields >= INVENTORY_MAX_FIELDS)
	{
		rec->problem = INVENTORY_TOO_MANY_FIELDS;
		s->buf_used = start;	/* not kept */
		return;
	}
	if (rec->nfields == s->fields_size)
	{
		int			size = s->fields_size ? s->fields_size * 2 : 32;

		if (size > INVENTORY_MAX_FIELDS)
			size = INVENTORY_MAX_FIELDS;
		s->field_start = s->grow(s->field_start, sizeof(size_t) * (size_t) size);
		s->field_len = s->grow(s->field_len, sizeof(size_t) * (size_t) size);
		s->fields_size = size;
	}
	s->field_start[rec->nfields] = start;
	s->field_len[rec->nfields] = s->buf_used - start;
	rec->nfields++;
}

/*
 * Reads a quoted field at s->pos (a '"'); true if it is well formed (its
 * closing quote is followed, after spaces, by the delimiter, a line end or
 * the end), with pos past it and its lines counted.  Otherwise nothing is
 * consumed and the bytes appended are taken back.
 */
static bool
read_quoted(InventoryScanner *s, bool multiline, bool *spanned, long *span, bool *too_long)
{
	size_t		q = s->pos + 1;
	size_t		start = s->buf_used;
	long		lines = 0;
	long		delimiters = 0;

	while (q < s->len)
	{
		size_t		run = q;

		/* the bytes up to the next quote or line end, in one copy */
		while (run < s->len && s->text[run] != '"' && !is_line_end(s->text[run]))
		{
			if (s->text[run] == s->delimiter)
				delimiters++;
			run++;
		}
		append(s, s->text + q, run - q, s->buf_used - start, too_long);
		q = run;
		if (q >= s->len)
			break;
		if (s->text[q] == '"')
		{
			size_t		after = q + 1;

			if (after < s->len && s->text[after] == '"')
			{
				append(s, "\"", 1, s->buf_used - start, too_long);
				q += 2;
				continue;
			}
			/* spaces before the delimiter, which may be a tab itself */
			while (after < s->len && is_space(s->text[after]) && s->text[after] != s->delimiter)
				after++;
			if (after == s->len || s->text[after] == s->delimiter || is_line_end(s->text[after]))
			{
				s->pos = after;
				s->line += lines;
				if (lines > 0)
				{
					*spanned = true;
					if (delimiters > *span)
						*span = delimiters;
				}
				return true;
			}
			break;				/* a quote inside: not a quoted field */
		}
		/* a line end inside the quotes */
		if (!multiline)
			break;
		if (s->text[q] == '\r' && q + 1 < s->len && s->text[q + 1] == '\n')
		{
			append(s, "\r\n", 2, s->buf_used - start, too_long);
			q += 2;
		}
		else
		{
			append(s, s->text + q, 1, s->buf_used - start, too_long);
			q++;
		}
		lines++;
	}
	s->buf_used = start;
	*too_long = false;
	return false;
}

/*
 * A quoted field at s->pos, also after spaces (", " between fields, as
 * people and some tools write them) or after an equals sign (Excel's
 * ="0012345", written so that a spreadsheet keeps the zeros): false, with
 * s->pos where it was, when the field is not one
 */
static bool
read_quoted_after_spaces(InventoryScanner *s, bool multiline, bool *spanned, long *span,
						 bool *too_long)
{
	size_t		start = s->pos;
	size_t		at = start;

	while (at < s->len && s->text[at] == ' ' && s->text[at] != s->delimiter)
		at++;
	if (at == start && at + 1 < s->len && s->text[at] == '=' && s->text[at + 1] == '"')
		at++;
	if (at >= s->len || s->text[at] != '"')
		return false;
	s->pos = at;
	if (read_quoted(s, multiline, spanned, span, too_long))
		return true;
	s->pos = start;
	return false;
}

/* Reads an unquoted field at s->pos: up to the delimiter or the line end */
static void
read_plain(InventoryScanner *s, bool *too_long)
{
	size_t		end = s->pos;
	size_t		start = s->buf_used;

	while (end < s->len && s->text[end] != s->delimiter && !is_line_end(s->text[end]))
		end++;
	append(s, s->text + s->pos, end - s->pos, s->buf_used - start, too_long);
	s->pos = end;
}

/* A value that is not UTF-8, as Windows-1252, appended as a new field text */
static void
recode_windows1252(InventoryScanner *s, int i)
{
	size_t		start = s->field_start[i];
	size_t		len = s->field_len[i];
	size_t		out;

	reserve(s, len * 3);
	out = s->buf_used;
	for (size_t k = 0; k < len; k++)
	{
		unsigned char c = (unsigned char) s->buf[start + k];
		unsigned int cp = c;

		if (c >= 0x80 && c <= 0x9F)
			cp = windows1252_c1[c - 0x80];
		out += put_utf8(cp, (unsigned char *) s->buf + out);
	}
	s->field_start[i] = s->buf_used;
	s->field_len[i] = out - s->buf_used;
	s->buf_used = out;
}

/*
 * The spaces a spreadsheet or a web page leaves in a value, in place:
 * U+00A0, U+2007 and U+202F (no-break spaces) become a space, U+200B and
 * U+FEFF (zero width, the second also a byte-order mark written twice) are
 * dropped, and a value that held one loses the spaces at its ends with
 * them (Excel's "Purchase Date\u00A0" names the column "Purchase Date").
 * A value without them is left as the file has it.  f is valid UTF-8.
 */
static void
normalise_spaces(InventoryScanner *s, int i)
{
	char	   *f = s->buf + s->field_start[i];
	size_t		len = s->field_len[i];
	size_t		out = 0;
	size_t		start = 0;
	bool		changed = false;

	for (size_t k = 0; k < len;)
	{
		unsigned char c = (unsigned char) f[k];

		if (c == 0xC2 && k + 1 < len && (unsigned char) f[k + 1] == 0xA0)
		{
			f[out++] = ' ';
			k += 2;
			changed = true;
		}
		else if (c == 0xE2 && k + 2 < len && (unsigned char) f[k + 1] == 0x80 &&
				 ((unsigned char) f[k + 2] == 0x87 || (unsigned char) f[k + 2] == 0xAF))
		{
			f[out++] = ' ';
			k += 3;
			changed = true;
		}
		else if ((c == 0xE2 && k + 2 < len && (unsigned char) f[k + 1] == 0x80 &&
				  (unsigned char) f[k + 2] == 0x8B) ||
				 (c == 0xEF && k + 2 < len && (unsigned char) f[k + 1] == 0xBB &&
				  (unsigned char) f[k + 2] == 0xBF))
		{
			k += 3;
			changed = true;
		}
		else
			f[out++] = f[k++];
	}
	if (!changed)
		return;
	while (start < out && is_space(f[start]))
		start++;
	while (out > start && is_space(f[out - 1]))
		out--;
	s->field_start[i] += start;
	s->field_len[i] = out - start;
}

/*
 * The checks of a whole record: encoding of each value, its spaces,
 * blankness
 */
static void
finish_record(InventoryScanner *s, InventoryRecord *rec)
{
	rec->blank = true;
	for (int i = 0; i < rec->nfields; i++)
	{
		size_t		len = s->field_len[i];
		const char *f = len > 0 ? s->buf + s->field_start[i] : "";

		if (rec->problem == INVENTORY_OK)
		{
			if (memchr(f, '\0', len) != NULL)
			{
				rec->problem = INVENTORY_NUL;
				rec->problem_field = i;
			}
			else if (s->encoding == INVENTORY_UTF16LE || s->encoding == INVENTORY_UTF16BE)
			{
				if (memchr(f, 0xFF, len) != NULL)
				{
					rec->problem = INVENTORY_BAD_UTF16;
					rec->problem_field = i;
				}
			}
			else if (!inventory_utf8_valid(f, len))
			{
				recode_windows1252(s, i);
				rec->recoded++;
			}
			if (rec->problem == INVENTORY_OK && s->field_len[i] > 0)
			{
				normalise_spaces(s, i);
				len = s->field_len[i];
				f = len > 0 ? s->buf + s->field_start[i] : "";
			}
		}
		for (size_t k = 0; k < len && rec->blank; k++)
			if (!is_space(f[k]))
				rec->blank = false;
	}
}

/* One pass over a record from s->pos; multiline: quoted fields may span lines */
static void
scan_record(InventoryScanner *s, InventoryRecord *rec, bool multiline, bool *spanned,
			long *span)
{
	rec->nfields = 0;
	rec->problem = INVENTORY_OK;
	rec->problem_field = 0;
	rec->recoded = 0;
	rec->first_line = s->line;
	s->buf_used = 0;
	*spanned = false;
	*span = 0;
	for (;;)
	{
		size_t		start = s->buf_used;
		bool		too_long = false;

		if (!read_quoted_after_spaces(s, multiline, spanned, span, &too_long))
			read_plain(s, &too_long);
		if (too_long && rec->problem == INVENTORY_OK)
		{
			rec->problem = INVENTORY_FIELD_TOO_LONG;
			rec->problem_field = rec->nfields;
		}
		add_field(s, rec, start);
		if (s->pos < s->len && s->text[s->pos] == s->delimiter)
		{
			s->pos++;
			continue;
		}
		break;
	}
	rec->last_line = s->line;
	/* the line end, if any */
	if (s->pos < s->len)
	{
		if (s->text[s->pos] == '\r' && s->pos + 1 < s->len && s->text[s->pos + 1] == '\n')
			s->pos += 2;
		else
			s->pos++;
		s->line++;
	}
}

bool
inventory_next_record(InventoryScanner *s, InventoryRecord *rec)
{
	size_t		start = s->pos;
	long		line = s->line;
	bool		spanned;
	long		span;
	long		no_span;

	if (s->pos >= s->len)
		return false;
	scan_record(s, rec, true, &spanned, &span);
	if (spanned && s->expected_fields > 0)
	{
		bool		fits = rec->nfields >= s->min_fields && rec->nfields <= s->expected_fields;

		/* read again, each quote on its own line */
		s->pos = start;
		s->line = line;
		scan_record(s, rec, false, &spanned, &no_span);
		/*
		 * A stray quote swallowed a line break when the quoted value holds
		 * as many delimiters as its first line read alone has fields, less
		 * one: its quote closes in a field of a later line at or after the
		 * one it opened in (and a delimiter at least, or no record could
		 * hide in it).  Otherwise, if the record fits the header, the
		 * value spans lines ("Building 2, Floor 3\nAmsterdam"): read it so.
		 */
		if (fits && !(s->expected_fields > 2 && span > 0 && span >= rec->nfields - 1))
		{
			s->pos = start;
			s->line = line;
			scan_record(s, rec, true, &spanned, &span);
		}
	}
	finish_record(s, rec);
	return true;
}
