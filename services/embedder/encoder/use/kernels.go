package use

// matmul sets out (n × N) to x (n × K) · W (K × N, row-major) + bias.
func matmul(out, x []float32, n, K int, W []float32, N int, bias []float32) {
	for i := 0; i < n; i++ {
		copy(out[i*N:(i+1)*N], bias)
	}
	gemm(out, x, n, K, W, N)
}

// matmulAdd adds x · W + bias to out.
func matmulAdd(out, x []float32, n, K int, W []float32, N int, bias []float32) {
	for i := 0; i < n; i++ {
		axpy(out[i*N:(i+1)*N], 1, bias)
	}
	gemm(out, x, n, K, W, N)
}

// gemmAcc adds x · W to out. Four rows of x share each pass over a row of W, so W is read from
// memory n/4 times; the inner loop runs over contiguous rows with bounds checks hoisted.
func gemmAcc(out, x []float32, n, K int, W []float32, N int) {
	i := 0
	for ; i+4 <= n; i += 4 {
		o0 := out[i*N : (i+1)*N]
		o1 := out[(i+1)*N : (i+2)*N]
		o2 := out[(i+2)*N : (i+3)*N]
		o3 := out[(i+3)*N : (i+4)*N]
		x0 := x[i*K : (i+1)*K]
		x1 := x[(i+1)*K : (i+2)*K]
		x2 := x[(i+2)*K : (i+3)*K]
		x3 := x[(i+3)*K : (i+4)*K]
		for k := 0; k < K; k++ {
			w := W[k*N : (k+1)*N]
			a0, a1, a2, a3 := x0[k], x1[k], x2[k], x3[k]
			o0 := o0[:len(w)]
			o1 := o1[:len(w)]
			o2 := o2[:len(w)]
			o3 := o3[:len(w)]
			for j, wv := range w {
				o0[j] += a0 * wv
				o1[j] += a1 * wv
				o2[j] += a2 * wv
				o3[j] += a3 * wv
			}
		}
	}
	for ; i < n; i++ {
		o := out[i*N : (i+1)*N]
		xr := x[i*K : (i+1)*K]
		for k, a := range xr {
			if a == 0 {
				continue
			}
			axpy(o, a, W[k*N:(k+1)*N])
		}
	}
}

// axpy: y += a·x.
func axpy(y []float32, a float32, x []float32) {
	y = y[:len(x)]
	j := 0
	for ; j+4 <= len(x); j += 4 {
		y[j] += a * x[j]
		y[j+1] += a * x[j+1]
		y[j+2] += a * x[j+2]
		y[j+3] += a * x[j+3]
	}
	for ; j < len(x); j++ {
		y[j] += a * x[j]
	}
}

// dot is Σ a[i]·b[i] with four accumulators.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	j := 0
	for ; j+4 <= len(a); j += 4 {
		s0 += a[j] * b[j]
		s1 += a[j+1] * b[j+1]
		s2 += a[j+2] * b[j+2]
		s3 += a[j+3] * b[j+3]
	}
	for ; j < len(a); j++ {
		s0 += a[j] * b[j]
	}
	return s0 + s1 + s2 + s3
}
