/*
 * src/material_flows.h
 *		The material_flows type on the server side: a fixed-size value
 *		(five float8, passed by reference) holding the MCI mass flows.
 */
#ifndef CIRCULAR_ICT_MATERIAL_FLOWS_H
#define CIRCULAR_ICT_MATERIAL_FLOWS_H

#include "postgres.h"

#include "common/shortest_dec.h"
#include "fmgr.h"

#include "material_flows_parse.h"

StaticAssertDecl(sizeof(MaterialFlows) == 5 * sizeof(float8),
				 "material_flows is INTERNALLENGTH = 40 in SQL");

#define DatumGetMaterialFlowsP(X)		((MaterialFlows *) DatumGetPointer(X))
#define MaterialFlowsPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_MATERIAL_FLOWS_P(n)	DatumGetMaterialFlowsP(PG_GETARG_DATUM(n))
#define PG_RETURN_MATERIAL_FLOWS_P(x)	return MaterialFlowsPGetDatum(x)

/* A float8 as its shortest text that reads back exactly, palloc'd */
static inline char *
float8_shortest_text(double value)
{
	char	   *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(value, buf);
	return buf;
}

#endif							/* CIRCULAR_ICT_MATERIAL_FLOWS_H */
