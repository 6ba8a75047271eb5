#!/usr/bin/perl
# compare.pl NAME SINGLE CLUSTER: the rows of one query on a single node and
# on the Citus cluster (psql -At, tab-separated, each sorted the same way)
# must be the same, every number within 1e-9 relative (numbers inside text,
# arrays and composite values too: a field is split into numbers and the
# text between them, the text must be equal).  No row on the single node is
# a failure too (the comparison would prove nothing).  Prints one line;
# exits 1 on a difference.
use strict;
use warnings;

my ($name, $single, $cluster) = @ARGV;
sub lines { open(my $f, '<', $_[0]) or die "$_[0]: $!"; my @l = <$f>; chomp @l; return @l; }
my @a = lines($single);
my @b = lines($cluster);
my $num = qr/-?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|Infinity|NaN)/;

sub same_field {
	my ($x, $y) = @_;
	return 1 if $x eq $y;
	my @tx = split /($num)/, $x;
	my @ty = split /($num)/, $y;
	return 0 unless @tx == @ty;
	for my $i (0 .. $#tx) {
		my ($p, $q) = ($tx[$i], $ty[$i]);
		next if $p eq $q;
		return 0 unless $i % 2 == 1 && $p =~ /^$num$/ && $q =~ /^$num$/;
		return 0 if $p =~ /[IN]/ || $q =~ /[IN]/;
		my $d = abs($p - $q);
		my $m = abs($p) > abs($q) ? abs($p) : abs($q);
		return 0 unless $d <= 1e-9 * $m || $d < 1e-300;
	}
	return 1;
}

if (!@a) {
	print "FAIL $name: no row on the single node (the comparison proves nothing)\n";
	exit 1;
}
if (@a != @b) {
	printf "FAIL %s: %d rows on the single node, %d on the cluster\n", $name, scalar @a, scalar @b;
	exit 1;
}
for my $i (0 .. $#a) {
	my @fa = split /\t/, $a[$i], -1;
	my @fb = split /\t/, $b[$i], -1;
	my $ok = @fa == @fb;
	for my $j (0 .. $#fa) {
		last unless $ok;
		$ok = same_field($fa[$j], $fb[$j]);
	}
	if (!$ok) {
		printf "FAIL %s: row %d differs\n  single:  %s\n  cluster: %s\n", $name, $i + 1,
			substr($a[$i], 0, 400), substr($b[$i], 0, 400);
		exit 1;
	}
}
printf "ok   %s: %d rows the same\n", $name, scalar @a;
exit 0;
