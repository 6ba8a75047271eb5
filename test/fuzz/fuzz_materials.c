/*
 * test/fuzz/fuzz_materials.c
 *		libFuzzer target of the materials text parser (src/materials_parse.c
 *		with src/elements.c).
 *
 * The parser reads input[0..len) and nothing beyond, so the input is copied
 * into a buffer of exactly its size, without a NUL.  Properties checked:
 *	- an accepted value is canonical: elements in strictly ascending atomic
 *	  number, every mass finite and > 0;
 *	- its canonical text (what materials_out writes: "Co=65g, Au=0.104g",
 *	  shortest decimals) parses back to the same elements and the same
 *	  float8 bits, and writes the same text again;
 *	- a refusal has a kind, a message naming the type (a syntax message
 *	  exactly for syntax errors), a detail and a hint, all NUL-terminated,
 *	  and valid UTF-8 when the input is (they quote it).
 */
#include "fuzz_common.h"
#include "materials_parse.h"

/* longest canonical text: 118 entries of "Xx=" + a float8 + "g, " */
#define CANONICAL_MAX (ELEMENT_COUNT * (3 + FUZZ_FLOAT_TEXT + 3) + 1)

/* The canonical text of a parsed value into buf (CANONICAL_MAX bytes) */
static size_t
canonical_text(const MaterialsParsed *m, char *buf)
{
	size_t		len = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < m->count; i++)
	{
		char		number[FUZZ_FLOAT_TEXT];

		len += snprintf(buf + len, CANONICAL_MAX - len, "%s%s=%sg",
						i > 0 ? ", " : "",
						element_table[m->atomic_number[i] - 1].symbol,
						fuzz_shortest(m->grams[i], number));
	}
	return len;
}

/* Checks what an accepted value must be */
static void
check_canonical(const MaterialsParsed *m, const char *input)
{
	int			i;

	if (m->count < 0 || m->count > ELEMENT_COUNT)
		fuzz_fail(input, "count %d", m->count);
	for (i = 0; i < m->count; i++)
	{
		if (m->atomic_number[i] < 1 || m->atomic_number[i] > ELEMENT_COUNT ||
			(i > 0 && m->atomic_number[i] <= m->atomic_number[i - 1]))
			fuzz_fail(input, "element %d: atomic number %d out of order",
					  i, m->atomic_number[i]);
		if (!(m->grams[i] > 0) || isinf(m->grams[i]))
			fuzz_fail(input, "element %d: mass %g", i, m->grams[i]);
	}
}

/* Parses the canonical text of m again (from an exact-size buffer) */
static void
check_round_trip(const MaterialsParsed *m, const char *input)
{
	char	   *text = malloc(CANONICAL_MAX);
	char	   *again_text = malloc(CANONICAL_MAX);
	size_t		len = canonical_text(m, text);
	char	   *exact = malloc(len > 0 ? len : 1);
	MaterialsParsed again;
	ScanError	err;
	int			i;

	memcpy(exact, text, len);
	if (!materials_parse(exact, len, &again, &err))
		fuzz_fail(input, "canonical text \"%s\" refused: %s / %s", text,
				  err.message, err.detail);
	if (again.count != m->count)
		fuzz_fail(input, "canonical text \"%s\" reads back %d elements, not %d",
				  text, again.count, m->count);
	for (i = 0; i < m->count; i++)
		if (again.atomic_number[i] != m->atomic_number[i] ||
			!fuzz_same_double(again.grams[i], m->grams[i]))
			fuzz_fail(input, "canonical text \"%s\": element %d reads back as %d=%.17g, not %d=%.17g",
					  text, i, again.atomic_number[i], again.grams[i],
					  m->atomic_number[i], m->grams[i]);
	canonical_text(&again, again_text);
	if (strcmp(text, again_text) != 0)
		fuzz_fail(input, "canonical text \"%s\" writes back as \"%s\"", text, again_text);
	free(exact);
	free(again_text);
	free(text);
}

/* Checks what a refusal must say */
static void
check_error(const ScanError *err, const char *input, size_t size)
{
	const char *prefix;

	if (!fuzz_terminated(err->message, sizeof(err->message)) ||
		!fuzz_terminated(err->detail, sizeof(err->detail)) ||
		!fuzz_terminated(err->hint, sizeof(err->hint)))
		fuzz_fail(input, "unterminated error text");
	if (err->kind != SCAN_SYNTAX && err->kind != SCAN_OUT_OF_RANGE)
		fuzz_fail(input, "refused with kind %d", (int) err->kind);
	prefix = err->kind == SCAN_SYNTAX ?
		"invalid input syntax for type materials: \"" :
		"value out of range for type materials: \"";
	if (strncmp(err->message, prefix, strlen(prefix)) != 0)
		fuzz_fail(input, "message \"%s\" for kind %d", err->message, (int) err->kind);
	if (err->detail[0] == '\0' || err->hint[0] == '\0')
		fuzz_fail(input, "no detail or hint (message \"%s\")", err->message);
	fuzz_check_utf8(input, size, "message", err->message);
	fuzz_check_utf8(input, size, "detail", err->detail);
	fuzz_check_utf8(input, size, "hint", err->hint);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size > 0 ? size : 1);	/* no NUL after it */
	char	   *shown = fuzz_cstring(data, size);
	MaterialsParsed parsed;
	ScanError	err;

	memcpy(input, data, size);
	if (materials_parse(input, size, &parsed, &err))
	{
		check_canonical(&parsed, shown);
		check_round_trip(&parsed, shown);
	}
	else
		check_error(&err, shown, size);
	free(shown);
	free(input);
	return 0;
}
