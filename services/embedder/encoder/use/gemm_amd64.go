package use

import "golang.org/x/sys/cpu"

// useAVX2 selects the AVX2/FMA micro-kernels (gemm_amd64.s); the pure-Go gemmAcc is the fallback.
var useAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

//go:noescape
func gemm4x16(x *float32, kstride int, w *float32, nstride int, out *float32, k int)

//go:noescape
func gemm1x16(x *float32, w *float32, nstride int, out *float32, k int)

// gemm adds x (n × K) · W (K × N) to out (n × N).
func gemm(out, x []float32, n, K int, W []float32, N int) {
	if !useAVX2 || N%16 != 0 || K == 0 || n == 0 {
		gemmAcc(out, x, n, K, W, N)
		return
	}
	// Bounds are checked here once; the kernels read x[i*K : i*K+K] for their rows,
	// W[0 : K*N] and out rows [i*N+j : i*N+j+16].
	_ = x[n*K-1]
	_ = W[K*N-1]
	_ = out[n*N-1]
	i := 0
	for ; i+4 <= n; i += 4 {
		for j := 0; j < N; j += 16 {
			gemm4x16(&x[i*K], K, &W[j], N, &out[i*N+j], K)
		}
	}
	for ; i < n; i++ {
		for j := 0; j < N; j += 16 {
			gemm1x16(&x[i*K], &W[j], N, &out[i*N+j], K)
		}
	}
}
