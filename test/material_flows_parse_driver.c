/*
 * test/material_flows_parse_driver.c
 *		Runs the material_flows text parser outside the server on every line
 *		of its input (or on random mutations of them) and checks what it
 *		says: test/checks/material_flows_parser builds it with
 *		AddressSanitizer and UBSan, so a read outside the input fails.
 *
 *		material_flows_parse_driver FILE [MUTATIONS]
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "material_flows_parse.h"

/* True if every flow of a equals that of b, and none is -0 */
static int
same_flows(const MaterialFlows *a, const MaterialFlows *b)
{
	return a->mass == b->mass && a->virgin == b->virgin && a->waste == b->waste &&
		a->feedstock_loss == b->feedstock_loss && a->recycling_loss == b->recycling_loss &&
		!signbit(a->mass) && !signbit(a->virgin) && !signbit(a->waste) &&
		!signbit(a->feedstock_loss) && !signbit(a->recycling_loss);
}

/* parses s[0..len) from a buffer of exactly len + 1 bytes; 1 if the result is wrong */
static int
check(const char *s, size_t len, int verbose)
{
	char	   *copy = malloc(len + 1);
	MaterialFlows flows;
	MaterialFlows again;
	MaterialFlowsError err;
	char		text[256];
	int			bad = 0;

	memcpy(copy, s, len);
	copy[len] = '\0';
	if (material_flows_parse(copy, &flows, &err))
	{
		/* accepted: valid, and its 17-digit text reads back equal */
		snprintf(text, sizeof(text),
				 "(mass=%.17g, virgin=%.17g, waste=%.17g, feedstock_loss=%.17g, recycling_loss=%.17g)",
				 flows.mass, flows.virgin, flows.waste, flows.feedstock_loss, flows.recycling_loss);
		if (err.kind != MATERIAL_FLOWS_OK || !material_flows_check(&flows, &err) ||
			!material_flows_parse(text, &again, &err) || !same_flows(&flows, &again))
			bad = 1;
		if (verbose)
			printf("ok    %s -> %s\n", copy, text);
	}
	else
	{
		if (err.kind == MATERIAL_FLOWS_OK || err.message[0] == '\0' || err.detail[0] == '\0' ||
			strlen(err.detail) >= sizeof(err.detail) - 1 ||
			(err.kind == MATERIAL_FLOWS_SYNTAX) != (strstr(err.message, "syntax") != NULL))
			bad = 1;
		if (verbose)
			printf("error %s: %s / %s\n", copy, err.message, err.detail);
	}
	free(copy);
	if (bad)
		printf("WRONG RESULT for input \"%.*s\"\n", (int) len, s);
	return bad;
}

int
main(int argc, char **argv)
{
	static char lines[256][512];
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
	while (n < 256 && fgets(lines[n], sizeof(lines[n]), f))
	{
		lines[n][strcspn(lines[n], "\n")] = '\0';
		bad += check(lines[n], strlen(lines[n]), mutations == 0);
		n++;
	}
	fclose(f);

	/* random mutations: replace, insert, delete and cut bytes of the lines */
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
			static const char alphabet[] = "0123456789.,=()eE+- \tinfatyINFxX_\xc3\xa9\xff";

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
