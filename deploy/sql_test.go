package deploy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// schema reads the tables and columns the aggregator creates from its own
// migrations (services/aggregator/clickhouse.go): CREATE TABLE column
// lists, and the output columns (aliases and plain group keys) of views.
func schema(t *testing.T) map[string]map[string]bool {
	t.Helper()
	src, err := os.ReadFile("../services/aggregator/clickhouse.go")
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]map[string]bool{}
	tableRe := regexp.MustCompile(`(?s)CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\) ENGINE`)
	colRe := regexp.MustCompile(`(?:^|,)\s*(\w+)\s+[A-Z]\w*`)
	for _, m := range tableRe.FindAllStringSubmatch(string(src), -1) {
		cols := map[string]bool{}
		for _, c := range colRe.FindAllStringSubmatch(m[2], -1) {
			cols[c[1]] = true
		}
		tables[m[1]] = cols
	}
	// Columns added later by ALTER TABLE … ADD COLUMN (end_unix_nano,
	// weight_milli, ttft_known, …).
	alterRe := regexp.MustCompile("(?s)`ALTER TABLE (\\w+) (ADD COLUMN .*?)`")
	addRe := regexp.MustCompile(`ADD COLUMN (\w+) `)
	for _, m := range alterRe.FindAllStringSubmatch(string(src), -1) {
		for _, c := range addRe.FindAllStringSubmatch(m[2], -1) {
			if tables[m[1]] != nil {
				tables[m[1]][c[1]] = true
			}
		}
	}
	viewRe := regexp.MustCompile(`(?s)CREATE VIEW IF NOT EXISTS (\w+) AS\s*SELECT (.*?) FROM`)
	for _, m := range viewRe.FindAllStringSubmatch(string(src), -1) {
		cols := map[string]bool{}
		for _, item := range splitTop(m[2]) {
			item = strings.TrimSpace(item)
			if i := strings.LastIndex(item, " AS "); i >= 0 {
				cols[strings.TrimSpace(item[i+4:])] = true
			} else {
				cols[item] = true
			}
		}
		tables[m[1]] = cols
	}
	if len(tables["llm_sli_windows"]) < 20 || len(tables["llm_spans"]) < 10 || len(tables["llm_model_hourly"]) < 5 {
		t.Fatalf("could not read the aggregator's schema: %v", tables)
	}
	return tables
}

// splitTop splits on commas outside parentheses.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

var sqlWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`SELECT DISTINCT FROM WHERE AND OR NOT IN AS GROUP BY ORDER ASC DESC LIMIT FINAL
		HAVING ON JOIN LEFT INNER IS NULL LIKE BETWEEN CASE WHEN THEN ELSE END time`) {
		sqlWords[strings.ToLower(w)] = true
	}
}

// TestDashboardSQLMatchesSchema: every ClickHouse query of every dashboard
// (panel targets and template variables) reads only tables the aggregator
// creates, and every identifier in it is a column of those tables or an
// alias the query defines. Grafana macros and variables are ignored.
// services/aggregator's TestDashboardSQLMatchesAPISLIs runs the SLI
// dashboard's queries on a real ClickHouse and compares them with
// /api/slis.
func TestDashboardSQLMatchesSchema(t *testing.T) {
	tables := schema(t)
	files, _ := filepath.Glob("grafana/dashboards/*.json")
	var queries int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			Panels []struct {
				Title   string `json:"title"`
				Targets []struct {
					RawSQL string `json:"rawSql"`
				} `json:"targets"`
			} `json:"panels"`
			Templating struct {
				List []struct {
					Name       string          `json:"name"`
					Query      json.RawMessage `json:"query"`
					Datasource struct {
						Type string `json:"type"`
					} `json:"datasource"`
				} `json:"list"`
			} `json:"templating"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		check := func(where, sql string) {
			queries++
			if err := checkSQL(sql, tables); err != "" {
				t.Errorf("%s, %s: %s\n  %s", f, where, err, sql)
			}
		}
		for _, p := range d.Panels {
			for _, tg := range p.Targets {
				if tg.RawSQL != "" {
					check("panel "+p.Title, tg.RawSQL)
				}
			}
		}
		for _, v := range d.Templating.List {
			var q string
			if v.Datasource.Type == "grafana-clickhouse-datasource" && json.Unmarshal(v.Query, &q) == nil && q != "" {
				check("variable "+v.Name, q)
			}
		}
	}
	if queries < 10 {
		t.Fatalf("only %d ClickHouse queries in the dashboards", queries)
	}
	// The check itself catches a wrong column and a wrong table.
	if checkSQL("SELECT latency_p999_ms FROM llm_sli_windows", tables) == "" || checkSQL("SELECT model FROM llm_windows", tables) == "" {
		t.Fatal("the checker accepts unknown columns or tables")
	}
}

var (
	stringLit = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
	macro     = regexp.MustCompile(`\$\{[^}]*\}|\$__\w+|\$\w+`)
	fromRe    = regexp.MustCompile(`(?i)\bFROM\s+(\w+)`)
	aliasRe   = regexp.MustCompile(`(?i)\bAS\s+(\w+)`)
	identRe   = regexp.MustCompile(`[A-Za-z_]\w*\s*\(?`)
)

// checkSQL returns "" when the query only uses known tables and columns.
func checkSQL(sql string, tables map[string]map[string]bool) string {
	s := macro.ReplaceAllString(stringLit.ReplaceAllString(sql, "''"), "''")
	cols := map[string]bool{}
	froms := fromRe.FindAllStringSubmatch(s, -1)
	if len(froms) == 0 {
		return "no FROM"
	}
	for _, m := range froms {
		tc, ok := tables[m[1]]
		if !ok {
			return "unknown table " + m[1]
		}
		for c := range tc {
			cols[c] = true
		}
		cols[m[1]] = true
	}
	for _, m := range aliasRe.FindAllStringSubmatch(s, -1) {
		cols[m[1]] = true
	}
	for _, id := range identRe.FindAllString(s, -1) {
		if strings.HasSuffix(id, "(") {
			continue // a function
		}
		id = strings.TrimSpace(id)
		if sqlWords[strings.ToLower(id)] || cols[id] {
			continue
		}
		return "unknown column " + id
	}
	return ""
}
