package use

import (
	"math"
	"math/rand/v2"
	"testing"
)

func naiveMatmul(x []float32, n, K int, w []float32, N int) []float32 {
	out := make([]float32, n*N)
	for i := 0; i < n; i++ {
		for j := 0; j < N; j++ {
			var s float64
			for k := 0; k < K; k++ {
				s += float64(x[i*K+k]) * float64(w[k*N+j])
			}
			out[i*N+j] = float32(s)
		}
	}
	return out
}

func TestGemmKernels(t *testing.T) {
	t.Logf("AVX2/FMA kernels: %v", useAVX2)
	r := rand.New(rand.NewPCG(1, 2))
	for _, sz := range [][3]int{{1, 1, 1}, {1, 7, 3}, {3, 5, 2}, {4, 8, 2}, {5, 9, 7}, {9, 33, 17}, {13, 64, 65}, {1, 3, 16}, {4, 5, 32}, {7, 33, 48}, {9, 512, 1536}, {2, 0, 16}} {
		n, K, N := sz[0], sz[1], sz[2]
		x := make([]float32, n*K)
		w := make([]float32, K*N)
		for i := range x {
			x[i] = r.Float32()*2 - 1
		}
		for i := range w {
			w[i] = r.Float32()*2 - 1
		}
		want := naiveMatmul(x, n, K, w, N)
		got1 := make([]float32, n*N)
		gemmAcc(got1, x, n, K, w, N)
		got2 := make([]float32, n*N)
		gemm(got2, x, n, K, w, N)
		for i := range want {
			if math.Abs(float64(got1[i]-want[i])) > 1e-4 || math.Abs(float64(got2[i]-want[i])) > 1e-4 {
				t.Fatalf("%v: [%d] gemmAcc %v gemm %v want %v", sz, i, got1[i], got2[i], want[i])
			}
		}
	}
}

func benchGemm(b *testing.B, n, K, N int, f func(out, x, w []float32)) {
	x := make([]float32, n*K)
	w := make([]float32, K*N)
	out := make([]float32, n*N)
	for i := range x {
		x[i] = float32(i%7) - 3
	}
	for i := range w {
		w[i] = float32(i%5) - 2
	}
	b.ReportAllocs()
	for b.Loop() {
		f(out, x, w)
	}
	b.ReportMetric(float64(2*n*K*N)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
}

func BenchmarkGemmAcc(b *testing.B) {
	benchGemm(b, 16, 512, 1536, func(out, x, w []float32) { gemmAcc(out, x, 16, 512, w, 1536) })
}

func BenchmarkGemm(b *testing.B) {
	benchGemm(b, 16, 512, 1536, func(out, x, w []float32) { gemm(out, x, 16, 512, w, 1536) })
}
