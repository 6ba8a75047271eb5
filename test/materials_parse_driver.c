/*
 * test/materials_parse_driver.c
 *		Runs the materials text parser outside the server on every line of
 *		its input (or on random mutations of them) and checks what it says:
 *		the parser is built with AddressSanitizer and UBSan by
 *		test/checks/materials_parser, so a read outside the input fails.
 *
 *		materials_parse_driver FILE [MUTATIONS]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "materials_parse.h"

/* parses s[0..len) from a buffer of exactly len bytes; 1 if the result is wrong */
static int
check(const char *s, size_t len, int verbose)
{
	char	   *copy = malloc(len > 0 ? len : 1);	/* no NUL after it */
	MaterialsParsed out;
	MaterialsError err;
	int			bad = 0;
	int			i;

	memcpy(copy, s, len);
	if (materials_parse(copy, len, &out, &err))
	{
		for (i = 0; i < out.count; i++)
		{
			if (!(out.grams[i] > 0) || isinf(out.grams[i]) ||
				out.atomic_number[i] < 1 || out.atomic_number[i] > ELEMENT_COUNT ||
				(i > 0 && out.atomic_number[i] <= out.atomic_number[i - 1]))
				bad = 1;
		}
		if (verbose)
			printf("ok    %.*s (%d elements)\n", (int) len, s, out.count);
	}
	else
	{
		if (err.kind == MATERIALS_OK || err.message[0] == '\0' || err.detail[0] == '\0' ||
			err.hint[0] == '\0' ||
			strlen(err.message) >= sizeof(err.message) - 1)
			bad = 1;
		if (verbose)
			printf("error %.*s: %s / %s\n", (int) len, s, err.message, err.detail);
	}
	free(copy);
	if (bad)
		printf("WRONG RESULT for input \"%.*s\"\n", (int) len, s);
	return bad;
}

int
main(int argc, char **argv)
{
	static char lines[512][512];
	int			n = 0;
	int			bad = 0;
	long		mutations = argc > 2 ? atol(argv[2]) : 0;
	long		m;
	FILE	   *f;

	if (argc < 2 || (f = fopen(argv[1], "r")) == NULL)
	{
		fprintf(stderr, "usage: %s FILE [MUTATIONS]\n", argv[0]);
		return 2;
	}
	while (n < 512 && fgets(lines[n], sizeof(lines[n]), f))
	{
		lines[n][strcspn(lines[n], "\n")] = '\0';
		bad += check(lines[n], strlen(lines[n]), mutations == 0);
		n++;
	}
	fclose(f);

	/* random mutations: flip, insert, delete and cut bytes of the lines */
	srand(42);
	for (m = 0; m < mutations && n > 0; m++)
	{
		char		buf[1024];
		size_t		len;
		int			k;
		int			edits = 1 + rand() % 4;

		strcpy(buf, lines[rand() % n]);
		len = strlen(buf);
		for (k = 0; k < edits; k++)
		{
			size_t		pos = len > 0 ? (size_t) rand() % len : 0;
			int			op = rand() % 4;
			static const char alphabet[] = "0123456789.,=eE+- \tgkmtuCoAuFeNdxX\xc2\xb5\xce\xbc\xff";

			if (op == 0 && len > 0)
				buf[pos] = alphabet[rand() % (sizeof(alphabet) - 1)];
			else if (op == 1 && len < sizeof(buf) - 1)
			{
				memmove(buf + pos + 1, buf + pos, len - pos);
				buf[pos] = alphabet[rand() % (sizeof(alphabet) - 1)];
				len++;
			}
			else if (op == 2 && len > 0)
			{
				memmove(buf + pos, buf + pos + 1, len - pos - 1);
				len--;
			}
			else
				len = pos;
		}
		bad += check(buf, len, 0);
	}
	printf("%d inputs, %ld mutations, %d wrong\n", n, mutations, bad);
	return bad != 0;
}
