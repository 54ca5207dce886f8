#pragma once

// GCC's 128-bit integers, for products of money and shares that could
// overflow 64 bits (£1bn in pence times 10,000 basis points is 10^15, but a
// total times a share of contributions in pence can reach 10^25). The
// __extension__ keyword tells -Wpedantic that we mean to use them.
namespace jointly::quantities {

__extension__ using Int128 = __int128;

} // namespace jointly::quantities
