package main

import (
	"fmt"
	"os"
	"time"

	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/store"
)

func main() {
	t := time.Now()
	s, err := store.Open(os.Args[1], store.Options{})
	if err != nil { panic(err) }
	fmt.Println("open", time.Since(t))
	t = time.Now()
	l, _ := s.List()
	fmt.Println("list", time.Since(t), len(l))
	var get, md, wr time.Duration
	opt := export.Options{Lang: i18n.DE, ExportedAt: time.Now()}
	os.MkdirAll("/tmp/kb/out2", 0o700)
	for i, sum := range l[:2000] {
		t = time.Now()
		c, _ := s.Get(sum.ID)
		get += time.Since(t); t = time.Now()
		b := export.Markdown(c, opt)
		md += time.Since(t); t = time.Now()
		os.WriteFile(fmt.Sprintf("/tmp/kb/out2/%d.md", i), b, 0o600)
		wr += time.Since(t)
	}
	fmt.Println("per conference: get", get/2000, "markdown", md/2000, "write", wr/2000)
}
