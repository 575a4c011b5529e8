module github.com/llmobs/llmobs/loadgen

go 1.26.0
