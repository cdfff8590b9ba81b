package seed

import (
	"math/rand/v2"
	"time"

	"kofa/internal/conference"
)

// Saver is what Fill needs of the store: *store.Store satisfies it.
type Saver interface {
	Save(c *conference.Conference, changes ...conference.Change) error
}

// batchSaver is a store that can write many conferences in one
// transaction. Fill uses it when the store offers it: 10,000 separate
// durable transactions cost 10,000 fsyncs.
type batchSaver interface {
	SaveBatch(cs []*conference.Conference) error
}

// BatchSize is how many conferences go into one transaction when the
// store can batch.
const BatchSize = 500

// Stats describe a Fill run.
type Stats struct {
	Conferences int
	Batched     bool // one transaction per BatchSize conferences
	Took        time.Duration
}

// Fill writes n Varied conferences into s, deterministic in shape for a
// given seed. progress, if not nil, is called after each transaction with
// the number written so far.
func Fill(s Saver, n int, now time.Time, seed uint64, progress func(done int)) (Stats, error) {
	start := time.Now()
	rng := rand.New(rand.NewPCG(seed, seed^0x6b6f6661))
	st := Stats{Conferences: n}
	if b, ok := s.(batchSaver); ok {
		st.Batched = true
		batch := make([]*conference.Conference, 0, BatchSize)
		for i := 0; i < n; i += BatchSize {
			batch = batch[:0]
			for j := i; j < min(n, i+BatchSize); j++ {
				batch = append(batch, Varied(j, now, rng))
			}
			if err := b.SaveBatch(batch); err != nil {
				return st, err
			}
			report(progress, i+len(batch))
		}
	} else {
		for i := range n {
			if err := s.Save(Varied(i, now, rng)); err != nil {
				return st, err
			}
			if (i+1)%BatchSize == 0 || i+1 == n {
				report(progress, i+1)
			}
		}
	}
	st.Took = time.Since(start)
	return st, nil
}

func report(progress func(int), done int) {
	if progress != nil {
		progress(done)
	}
}
