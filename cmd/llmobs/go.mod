module github.com/llmobs/llmobs/cmd/llmobs

go 1.26
