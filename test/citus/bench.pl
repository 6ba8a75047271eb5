#!/usr/bin/perl
# bench.pl SINGLE_PORT CLUSTER_PORT RUNS <queries: the median time of each
# query of test/citus/queries on the single node and on the Citus cluster
# (its whole result converted to text, as a client receives it; RUNS runs
# after one warm-up, alternating between the queries), as a table.  A query
# that fails on a node is shown as "fails", one whose row count differs
# (which the comparison of make test-citus fails) as "wrong".  Only the ratios within one run
# mean anything on a shared machine.
use strict;
use warnings;

my ($single, $cluster, $runs) = @ARGV;
my @q;
while (my $line = <STDIN>) {
	chomp $line;
	next if $line =~ /^\s*(#|$)/;
	my ($name, $query) = split /\|/, $line, 2;
	push @q, [$name, $query];
}
my $sql = <<"SQL";
SET search_path = circular_ict, public;
SET client_min_messages = error;
CREATE FUNCTION pg_temp.bench(queries text[], runs int, OUT query int, OUT ms float8, OUT nrows bigint)
	RETURNS SETOF record LANGUAGE plpgsql AS \$f\$
DECLARE
	t0 timestamptz;
	chars bigint;
	n bigint;
	counts bigint[] := array_fill(0::bigint, ARRAY[cardinality(queries)]);
	times float8[] := '{}';
	failed boolean[] := array_fill(false, ARRAY[cardinality(queries)]);
BEGIN
	FOR r IN 0..runs LOOP
		FOR q IN 1..cardinality(queries) LOOP
			CONTINUE WHEN failed[q];
			t0 := clock_timestamp();
			BEGIN
				EXECUTE 'SELECT sum(length(s::text)), count(*) FROM (' || queries[q] || ') s'
					INTO chars, n;
				counts[q] := n;
			EXCEPTION WHEN OTHERS THEN
				failed[q] := true;
			END;
			IF r > 0 THEN
				times := times || ARRAY[q, extract(epoch FROM clock_timestamp() - t0) * 1000]::float8[];
			END IF;
		END LOOP;
	END LOOP;
	FOR q IN 1..cardinality(queries) LOOP
		query := q;
		nrows := counts[q];
		IF failed[q] THEN
			ms := NULL;
		ELSE
			SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY times[2 * i])
			INTO ms FROM generate_series(1, cardinality(times) / 2) i WHERE times[2 * i - 1] = q;
		END IF;
		RETURN NEXT;
	END LOOP;
END \$f\$;
SQL
$sql .= "SELECT b.query, coalesce(round(b.ms::numeric, 1)::text, 'fails'), b.nrows FROM pg_temp.bench(ARRAY[" .
	join(', ', map { "\$s\$$_->[1]\$s\$" } @q) . "], $runs) b ORDER BY 1;\n";
my (%ms, %rows);
for my $node ([$single, 'single'], [$cluster, 'cluster']) {
	open(my $p, '-|', 'psql', '-X', '-q', '-At', '-F', "\t", '-h', '/tmp', '-p', $node->[0], '-U', 'postgres',
		 '-v', 'ON_ERROR_STOP=1', '-c', $sql) or die "psql: $!";
	while (my $l = <$p>) {
		chomp $l;
		my ($k, $v, $n) = split /\t/, $l;
		$ms{$node->[1]}{$k} = $v if defined $v;
		$rows{$node->[1]}{$k} = $n if defined $n;
	}
	close $p or die "bench on $node->[1] failed\n";
}
printf "%-40s %12s %12s %9s  %s\n", 'query', 'single ms', 'cluster ms', 'ratio', 'rows (single/cluster)';
my $i = 0;
for my $x (@q) {
	$i++;
	my ($s, $c) = ($ms{single}{$i} // '?', $ms{cluster}{$i} // '?');
	my $r = ($s =~ /^[\d.]+$/ && $c =~ /^[\d.]+$/ && $s > 0) ? sprintf('%.2f', $c / $s) : '';
	my ($rs, $rc) = ($rows{single}{$i} // '?', $rows{cluster}{$i} // '?');
	$r = 'wrong' if $c ne 'fails' && $rs ne $rc;
	printf "%-40s %12s %12s %9s  %s\n", substr($x->[0], 0, 40), $s, $c, $r, $c eq 'fails' ? $rs : "$rs/$rc";
}
