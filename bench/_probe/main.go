package main

import (
	"fmt"
	"os"
	"time"

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
	t = time.Now()
	p, err := store.RollingBackup(s, "/tmp/kb/bk", 5, time.Now())
	fmt.Println("rolling backup", time.Since(t), p, err)
	s.Close()
}
