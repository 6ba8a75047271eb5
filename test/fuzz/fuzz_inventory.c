/*
 * test/fuzz/fuzz_inventory.c
 *		libFuzzer target of the inventory-file reader (src/inventory_parse.c):
 *		the bytes of a whole file, any encoding, any delimiter.
 *
 * Properties checked:
 *	- nothing is dropped: the records follow each other line by line (each
 *	  starts on the line after the previous one ends) and the last ends on
 *	  the file's last line;
 *	- a record without a problem has at most INVENTORY_MAX_FIELDS fields,
 *	  each valid UTF-8 of at most INVENTORY_MAX_FIELD_BYTES bytes without a
 *	  NUL (a value that was not UTF-8 was read as Windows-1252), by the
 *	  check of fuzz_common.h, not the reader's own;
 *	- such records, written out again with every field quoted, read back
 *	  to the same fields.
 */
#include "fuzz_common.h"
#include "inventory_parse.h"

static void *
grow(void *block, size_t size)
{
	void	   *p = realloc(block, size);

	if (p == NULL)
		abort();
	return p;
}

/* Physical lines of text: line ends (CRLF counts once), plus a last line */
static long
count_lines(const char *t, size_t len)
{
	long		lines = 1;

	for (size_t i = 0; i < len; i++)
	{
		if (t[i] == '\r' && i + 1 < len && t[i + 1] == '\n')
			i++;
		if (t[i] == '\r' || t[i] == '\n')
			lines++;
	}
	/* a line end at the very end starts no line */
	if (len > 0 && (t[len - 1] == '\n' || t[len - 1] == '\r'))
		lines--;
	return lines;
}

/* Appends field f quoted to out */
static void
put_quoted(char **out, size_t *used, size_t *size, const char *f, size_t len)
{
	if (*size - *used < len * 2 + 4)
	{
		*size = (*size + len * 2 + 4) * 2;
		*out = grow(*out, *size);
	}
	(*out)[(*used)++] = '"';
	for (size_t i = 0; i < len; i++)
	{
		if (f[i] == '"')
			(*out)[(*used)++] = '"';
		(*out)[(*used)++] = f[i];
	}
	(*out)[(*used)++] = '"';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *input = malloc(size > 0 ? size : 1);	/* no NUL after it */
	size_t		len;
	InventoryEncoding encoding;
	const char *decoded;
	const char *text;
	char		delimiter;
	char		named;
	size_t		sep_line_len = 0;
	InventoryScanner s;
	InventoryRecord rec;
	long		next_line = 1;
	long		records = 0;
	char	   *again = NULL;
	size_t		again_used = 0,
				again_size = 0;
	char	  **kept = NULL;
	size_t	   *kept_len = NULL;
	size_t		nkept = 0;

	memcpy(input, data, size);
	decoded = inventory_decode(input, size, grow, &len, &encoding);
	{
		size_t		end = inventory_text_end(decoded, len);

		/* at most the mark and the line ends after it go */
		if (end > len || (end < len && decoded[end] != '\x1A'))
			abort();
		len = end;
	}
	text = decoded;
	{
		long		title_lines;
		size_t		after = inventory_skip_lines(text, len, size > 1 ? data[1] % 4 : 1, &title_lines);

		/* within the text, at the start of a line, past as many lines */
		if (after > len || (after > 0 && after < len && text[after - 1] != '\n' && text[after - 1] != '\r') ||
			title_lines < 0 || (size_t) title_lines > len)
			abort();
	}
	delimiter = '\0';
	if (inventory_separator_line(text, len, &named, &sep_line_len))
	{
		if (sep_line_len == 0 || sep_line_len > len)
			abort();
		/* the records after it, their lines counted from it */
		text = decoded + sep_line_len;
		len -= sep_line_len;
		if (named == ';' || named == ',' || named == '\t' || named == '|')
			delimiter = named;
	}
	if (delimiter == '\0')
		delimiter = inventory_detect_delimiter(text, len);
	if (delimiter == '\0')
		delimiter = ';';
	inventory_scan_init(&s, text, len, encoding, delimiter, grow);
	if (size > 0 && data[0] == ';')
	{
		/* exercise the re-reading of records whose quotes span lines */
		s.expected_fields = 3;
		s.min_fields = 2;
	}
	while (inventory_next_record(&s, &rec))
	{
		records++;
		if (rec.first_line != next_line || rec.last_line < rec.first_line)
		{
			fprintf(stderr, "record %ld spans lines %ld-%ld, expected to start on %ld\n",
					records, rec.first_line, rec.last_line, next_line);
			abort();
		}
		next_line = rec.last_line + 1;
		if (rec.nfields < 1 || rec.nfields > INVENTORY_MAX_FIELDS)
			abort();
		if (rec.problem != INVENTORY_OK)
			continue;
		for (int i = 0; i < rec.nfields; i++)
		{
			size_t		flen;
			const char *f = inventory_field(&s, i, &flen);

			if (flen > INVENTORY_MAX_FIELD_BYTES || !fuzz_utf8_valid(f, flen))
			{
				fprintf(stderr, "field %d of record %ld is not valid UTF-8 or too long\n", i, records);
				abort();
			}
			/* keep it, and write it quoted */
			kept = grow(kept, sizeof(char *) * (nkept + 1));
			kept_len = grow(kept_len, sizeof(size_t) * (nkept + 1));
			kept[nkept] = grow(NULL, flen + 1);
			memcpy(kept[nkept], f, flen);
			kept_len[nkept++] = flen;
			put_quoted(&again, &again_used, &again_size, f, flen);
			if (again_size - again_used < 2)
				again = grow(again, again_size = again_size * 2 + 2);
			again[again_used++] = i + 1 < rec.nfields ? ';' : '\n';
		}
	}
	if (records > 0 && next_line - 1 != count_lines(text, len))
	{
		fprintf(stderr, "records end on line %ld of %ld\n", next_line - 1, count_lines(text, len));
		abort();
	}
	inventory_scan_free(&s, free);

	/* the good records again, all quoted: the same fields */
	if (again_used > 0)
	{
		size_t		k = 0;

		inventory_scan_init(&s, again, again_used, INVENTORY_UTF8, ';', grow);
		while (inventory_next_record(&s, &rec))
		{
			if (rec.problem != INVENTORY_OK)
				abort();
			for (int i = 0; i < rec.nfields; i++)
			{
				size_t		flen;
				const char *f = inventory_field(&s, i, &flen);

				if (k >= nkept || flen != kept_len[k] || memcmp(f, kept[k], flen) != 0)
				{
					fprintf(stderr, "field %zu does not read back\n", k);
					abort();
				}
				k++;
			}
		}
		if (k != nkept)
			abort();
		inventory_scan_free(&s, free);
	}
	for (size_t k = 0; k < nkept; k++)
		free(kept[k]);
	free(kept);
	free(kept_len);
	free(again);
	if (decoded != (const char *) input && decoded != (const char *) input + 3)
		free((void *) decoded);
	free(input);
	return 0;
}
