// Package fakeqdrant is an in-process Qdrant gRPC server for tests: the
// collection and point RPCs the embedder's index uses, over a map, with
// exact cosine search and the filter conditions the index generates. Any
// condition or request shape it does not understand is an InvalidArgument
// error, so a change in what the index sends fails the tests instead of
// passing silently. SetDown makes every RPC fail with Unavailable, as a
// Qdrant that went away would.
package fakeqdrant

import (
	"context"
	"math"
	"net"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

type point struct {
	vec     []float32
	payload map[string]*qdrant.Value
}

type collection struct {
	dim     uint64
	points  map[string]*point
	indexes map[string]qdrant.FieldType
}

// Server is the fake.
type Server struct {
	mu    sync.Mutex
	colls map[string]*collection
	down  atomic.Bool
	calls atomic.Int64

	srv *grpc.Server
	ln  net.Listener
}

// Start listens on 127.0.0.1:0 and serves until Stop.
func Start() (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{colls: map[string]*collection{}, srv: grpc.NewServer(), ln: ln}
	qdrant.RegisterCollectionsServer(s.srv, &collectionsRPC{s: s})
	qdrant.RegisterPointsServer(s.srv, &pointsRPC{s: s})
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// Addr is host:port.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Stop stops serving.
func (s *Server) Stop() { s.srv.Stop() }

// SetDown makes every RPC fail with Unavailable (true) or work (false).
func (s *Server) SetDown(down bool) { s.down.Store(down) }

// Calls counts RPCs received (failed ones included).
func (s *Server) Calls() int64 { return s.calls.Load() }

// Dim is the vector size of a collection (0 when it does not exist).
func (s *Server) Dim(name string) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.colls[name]; c != nil {
		return c.dim
	}
	return 0
}

// Indexes lists the payload indexes of a collection.
func (s *Server) Indexes(name string) map[string]qdrant.FieldType {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]qdrant.FieldType{}
	if c := s.colls[name]; c != nil {
		for k, v := range c.indexes {
			out[k] = v
		}
	}
	return out
}

func (s *Server) enter() error {
	s.calls.Add(1)
	if s.down.Load() {
		return status.Error(codes.Unavailable, "fakeqdrant: down")
	}
	return nil
}

// lockColl counts the call, fails it while the server is down, and returns
// the named collection with the server locked until unlock.
func (s *Server) lockColl(name string) (c *collection, unlock func(), err error) {
	if err := s.enter(); err != nil {
		return nil, nil, err
	}
	s.mu.Lock()
	if c, err = s.coll(name); err != nil {
		s.mu.Unlock()
		return nil, nil, err
	}
	return c, s.mu.Unlock, nil
}

func (s *Server) coll(name string) (*collection, error) {
	c := s.colls[name]
	if c == nil {
		return nil, status.Errorf(codes.NotFound, "Collection `%s` doesn't exist!", name)
	}
	return c, nil
}

// ---- collections

// collectionsRPC and pointsRPC are the two gRPC services over one state
// (both services have a Get method, so one type cannot implement both).
type collectionsRPC struct {
	qdrant.UnimplementedCollectionsServer
	s *Server
}

type pointsRPC struct {
	qdrant.UnimplementedPointsServer
	s *Server
}

func (cs *collectionsRPC) CollectionExists(_ context.Context, r *qdrant.CollectionExistsRequest) (*qdrant.CollectionExistsResponse, error) {
	s := cs.s
	if err := s.enter(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return &qdrant.CollectionExistsResponse{Result: &qdrant.CollectionExists{Exists: s.colls[r.GetCollectionName()] != nil}}, nil
}

func (cs *collectionsRPC) Get(_ context.Context, r *qdrant.GetCollectionInfoRequest) (*qdrant.GetCollectionInfoResponse, error) {
	s := cs.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	n := uint64(len(c.points))
	return &qdrant.GetCollectionInfoResponse{Result: &qdrant.CollectionInfo{
		Status: qdrant.CollectionStatus_Green, PointsCount: &n,
		Config: &qdrant.CollectionConfig{Params: &qdrant.CollectionParams{
			VectorsConfig: qdrant.NewVectorsConfig(&qdrant.VectorParams{Size: c.dim, Distance: qdrant.Distance_Cosine}),
		}},
	}}, nil
}

func (cs *collectionsRPC) Create(_ context.Context, r *qdrant.CreateCollection) (*qdrant.CollectionOperationResponse, error) {
	s := cs.s
	if err := s.enter(); err != nil {
		return nil, err
	}
	p := r.GetVectorsConfig().GetParams()
	if p == nil || p.GetSize() == 0 {
		return nil, status.Error(codes.InvalidArgument, "fakeqdrant: only a single unnamed dense vector is supported")
	}
	if p.GetDistance() != qdrant.Distance_Cosine {
		return nil, status.Errorf(codes.InvalidArgument, "fakeqdrant: only cosine distance, got %v", p.GetDistance())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.colls[r.GetCollectionName()] != nil {
		return nil, status.Errorf(codes.AlreadyExists, "Collection `%s` already exists!", r.GetCollectionName())
	}
	s.colls[r.GetCollectionName()] = &collection{dim: p.GetSize(), points: map[string]*point{}, indexes: map[string]qdrant.FieldType{}}
	return &qdrant.CollectionOperationResponse{Result: true}, nil
}

func (cs *collectionsRPC) Delete(_ context.Context, r *qdrant.DeleteCollection) (*qdrant.CollectionOperationResponse, error) {
	s := cs.s
	if err := s.enter(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.colls[r.GetCollectionName()]
	delete(s.colls, r.GetCollectionName())
	return &qdrant.CollectionOperationResponse{Result: ok}, nil
}

// ---- points

func ok() *qdrant.UpdateResult { return &qdrant.UpdateResult{Status: qdrant.UpdateStatus_Completed} }

func uuidOf(id *qdrant.PointId) (string, error) {
	u := id.GetUuid()
	if u == "" {
		return "", status.Error(codes.InvalidArgument, "fakeqdrant: only UUID point IDs are supported")
	}
	return u, nil
}

func (ps *pointsRPC) CreateFieldIndex(_ context.Context, r *qdrant.CreateFieldIndexCollection) (*qdrant.PointsOperationResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	c.indexes[r.GetFieldName()] = r.GetFieldType()
	return &qdrant.PointsOperationResponse{Result: ok()}, nil
}

func (ps *pointsRPC) Upsert(_ context.Context, r *qdrant.UpsertPoints) (*qdrant.PointsOperationResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	staged := map[string]*point{}
	for _, p := range r.GetPoints() {
		id, err := uuidOf(p.GetId())
		if err != nil {
			return nil, err
		}
		v := p.GetVectors().GetVector().GetDense().GetData()
		if len(v) == 0 {
			return nil, status.Error(codes.InvalidArgument, "fakeqdrant: point without a dense vector")
		}
		if uint64(len(v)) != c.dim {
			return nil, status.Errorf(codes.InvalidArgument, "Wrong input: Vector dimension error: expected dim: %d, got %d", c.dim, len(v))
		}
		staged[id] = &point{vec: append([]float32(nil), v...), payload: clonePayload(p.GetPayload())}
	}
	for id, p := range staged {
		c.points[id] = p
	}
	return &qdrant.PointsOperationResponse{Result: ok()}, nil
}

func (ps *pointsRPC) UpdateBatch(_ context.Context, r *qdrant.UpdateBatchPoints) (*qdrant.UpdateBatchResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	var res []*qdrant.UpdateResult
	for _, op := range r.GetOperations() {
		ow := op.GetOverwritePayload()
		if ow == nil {
			return nil, status.Errorf(codes.InvalidArgument, "fakeqdrant: unsupported batch operation %T", op.GetOperation())
		}
		ids := ow.GetPointsSelector().GetPoints().GetIds()
		if len(ids) == 0 {
			return nil, status.Error(codes.InvalidArgument, "fakeqdrant: overwrite_payload needs point IDs")
		}
		for _, pid := range ids {
			id, err := uuidOf(pid)
			if err != nil {
				return nil, err
			}
			if p := c.points[id]; p != nil {
				p.payload = clonePayload(ow.GetPayload())
			}
		}
		res = append(res, ok())
	}
	return &qdrant.UpdateBatchResponse{Result: res}, nil
}

func (s *Server) retrieved(id string, p *point, withVec bool) *qdrant.RetrievedPoint {
	rp := &qdrant.RetrievedPoint{Id: qdrant.NewIDUUID(id), Payload: clonePayload(p.payload)}
	if withVec {
		rp.Vectors = &qdrant.VectorsOutput{VectorsOptions: &qdrant.VectorsOutput_Vector{Vector: &qdrant.VectorOutput{
			Vector: &qdrant.VectorOutput_Dense{Dense: &qdrant.DenseVector{Data: append([]float32(nil), p.vec...)}},
		}}}
	}
	return rp
}

func (ps *pointsRPC) Get(_ context.Context, r *qdrant.GetPoints) (*qdrant.GetResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out []*qdrant.RetrievedPoint
	for _, pid := range r.GetIds() {
		id, err := uuidOf(pid)
		if err != nil {
			return nil, err
		}
		if p := c.points[id]; p != nil {
			out = append(out, s.retrieved(id, p, r.GetWithVectors().GetEnable()))
		}
	}
	return &qdrant.GetResponse{Result: out}, nil
}

func (ps *pointsRPC) Scroll(_ context.Context, r *qdrant.ScrollPoints) (*qdrant.ScrollResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	limit := int(r.GetLimit())
	if limit == 0 {
		limit = 10
	}
	ids := sortedIDs(c)
	var out []*qdrant.RetrievedPoint
	for _, id := range ids {
		m, err := matches(c.points[id], id, r.GetFilter())
		if err != nil {
			return nil, err
		}
		if m {
			out = append(out, s.retrieved(id, c.points[id], r.GetWithVectors().GetEnable()))
			if len(out) == limit {
				break
			}
		}
	}
	return &qdrant.ScrollResponse{Result: out}, nil
}

func (ps *pointsRPC) Query(_ context.Context, r *qdrant.QueryPoints) (*qdrant.QueryResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	q := r.GetQuery().GetNearest().GetDense().GetData()
	if len(q) == 0 {
		return nil, status.Error(codes.InvalidArgument, "fakeqdrant: only nearest queries with a dense vector are supported")
	}
	if uint64(len(q)) != c.dim {
		return nil, status.Errorf(codes.InvalidArgument, "Wrong input: Vector dimension error: expected dim: %d, got %d", c.dim, len(q))
	}
	limit := int(r.GetLimit())
	if limit == 0 {
		limit = 10
	}
	var out []*qdrant.ScoredPoint
	for _, id := range sortedIDs(c) {
		p := c.points[id]
		m, err := matches(p, id, r.GetFilter())
		if err != nil {
			return nil, err
		}
		if !m {
			continue
		}
		sp := &qdrant.ScoredPoint{Id: qdrant.NewIDUUID(id), Score: cosine(q, p.vec)}
		if r.GetWithPayload().GetEnable() {
			sp.Payload = clonePayload(p.payload)
		}
		out = append(out, sp)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > limit {
		out = out[:limit]
	}
	return &qdrant.QueryResponse{Result: out}, nil
}

func (ps *pointsRPC) Count(_ context.Context, r *qdrant.CountPoints) (*qdrant.CountResponse, error) {
	s := ps.s
	c, unlock, err := s.lockColl(r.GetCollectionName())
	if err != nil {
		return nil, err
	}
	defer unlock()
	n := 0
	for id, p := range c.points {
		m, err := matches(p, id, r.GetFilter())
		if err != nil {
			return nil, err
		}
		if m {
			n++
		}
	}
	return &qdrant.CountResponse{Result: &qdrant.CountResult{Count: uint64(n)}}, nil
}

func sortedIDs(c *collection) []string {
	ids := make([]string, 0, len(c.points))
	for id := range c.points {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func cosine(a, b []float32) float32 {
	var dot, na, nb float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float32(dot / math.Sqrt(na*nb))
}

func clonePayload(m map[string]*qdrant.Value) map[string]*qdrant.Value {
	out := make(map[string]*qdrant.Value, len(m))
	for k, v := range m {
		out[k] = proto.Clone(v).(*qdrant.Value)
	}
	return out
}

// matches evaluates the subset of Qdrant filters the index uses: must and
// must_not lists of keyword/bool matches (a list payload matches when any
// element does), numeric ranges, and has_id.
func matches(p *point, id string, f *qdrant.Filter) (bool, error) {
	if f == nil {
		return true, nil
	}
	if len(f.GetShould()) > 0 || f.GetMinShould() != nil {
		return false, status.Error(codes.InvalidArgument, "fakeqdrant: should/min_should filters are not supported")
	}
	for _, c := range f.GetMust() {
		m, err := cond(p, id, c)
		if err != nil || !m {
			return false, err
		}
	}
	for _, c := range f.GetMustNot() {
		m, err := cond(p, id, c)
		if err != nil || m {
			return false, err
		}
	}
	return true, nil
}

func cond(p *point, id string, c *qdrant.Condition) (bool, error) {
	switch x := c.GetConditionOneOf().(type) {
	case *qdrant.Condition_HasId:
		for _, pid := range x.HasId.GetHasId() {
			if pid.GetUuid() == id {
				return true, nil
			}
		}
		return false, nil
	case *qdrant.Condition_Field:
		fc := x.Field
		vals := []*qdrant.Value{p.payload[fc.GetKey()]}
		if l := vals[0].GetListValue(); l != nil {
			vals = l.GetValues()
		}
		switch {
		case fc.GetMatch() != nil && fc.GetRange() == nil:
			for _, v := range vals {
				switch mv := fc.GetMatch().GetMatchValue().(type) {
				case *qdrant.Match_Keyword:
					if s, ok := v.GetKind().(*qdrant.Value_StringValue); ok && s.StringValue == mv.Keyword {
						return true, nil
					}
				case *qdrant.Match_Keywords:
					if s, ok := v.GetKind().(*qdrant.Value_StringValue); ok && slices.Contains(mv.Keywords.GetStrings(), s.StringValue) {
						return true, nil
					}
				case *qdrant.Match_Boolean:
					if b, ok := v.GetKind().(*qdrant.Value_BoolValue); ok && b.BoolValue == mv.Boolean {
						return true, nil
					}
				default:
					return false, status.Errorf(codes.InvalidArgument, "fakeqdrant: unsupported match %T", mv)
				}
			}
			return false, nil
		case fc.GetRange() != nil && fc.GetMatch() == nil:
			r := fc.GetRange()
			for _, v := range vals {
				var f float64
				switch k := v.GetKind().(type) {
				case *qdrant.Value_IntegerValue:
					f = float64(k.IntegerValue)
				case *qdrant.Value_DoubleValue:
					f = k.DoubleValue
				default:
					continue
				}
				if (r.Gte == nil || f >= *r.Gte) && (r.Gt == nil || f > *r.Gt) && (r.Lte == nil || f <= *r.Lte) && (r.Lt == nil || f < *r.Lt) {
					return true, nil
				}
			}
			return false, nil
		default:
			return false, status.Errorf(codes.InvalidArgument, "fakeqdrant: unsupported field condition on %q", fc.GetKey())
		}
	default:
		return false, status.Errorf(codes.InvalidArgument, "fakeqdrant: unsupported condition %T", x)
	}
}
