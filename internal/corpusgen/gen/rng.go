package gen

// An rng is the generator every random choice is drawn from: SplitMix64,
// small and fast, with the few methods the package needs. It is not
// math/rand/v2 because drawing dominates the cost of expanding templates
// and an interface call per draw showed in profiles; the stream for a seed
// is fixed here, so a corpus stays the same across Go releases.
type rng struct{ s uint64 }

func newRNG(seed, stream uint64) *rng {
	r := &rng{s: seed ^ stream*0x9e3779b97f4a7c15}
	r.Uint64()
	return r
}

// Uint64 returns the next 64 random bits.
func (r *rng) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// IntN returns a number in [0, n), n > 0. The bias of the multiply-shift
// reduction (under n/2^32) does not matter for prose.
func (r *rng) IntN(n int) int {
	return int((r.Uint64() >> 32 * uint64(n)) >> 32)
}

// Float64 returns a number in [0, 1).
func (r *rng) Float64() float64 {
	return float64(r.Uint64()>>11) / (1 << 53)
}

// Perm returns a random permutation of [0, n).
func (r *rng) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle shuffles n elements with swap (Fisher–Yates).
func (r *rng) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		swap(i, r.IntN(i+1))
	}
}
