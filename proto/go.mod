module github.com/llmobs/llmobs/proto

go 1.26.0

require google.golang.org/protobuf v1.36.11

require github.com/planetscale/vtprotobuf v0.6.0
