package demo

import "kofa/internal/directory"

// Contacts are partner-directory entries for the sample's professionals:
// the phone and e-mail the documents beyond the room give for the case
// lead. The numbers are from the range the Federal Network Agency keeps
// for fiction (030 23125 xxx), the addresses from example.org.
func Contacts(lang string) []directory.Entry {
	b := &builder{en: isEnglish(lang)}
	return []directory.Entry{
		{Name: "Petra Albers", InstitutionType: "asd", Institution: b.tr("Jugendamt Nord, ASD", "Youth-welfare office North, ASD"),
			Phone: "030 23125 401", Email: "p.albers@jugendamt-nord.example.org"},
		{Name: "Tobias Lang", InstitutionType: "asd", Institution: b.tr("Jugendamt Nord, ASD", "Youth-welfare office North, ASD"),
			Phone: "030 23125 403", Email: "t.lang@jugendamt-nord.example.org"},
		{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume",
			Phone: "030 23125 410", Email: "demir@kita-sonnenblume.example.org"},
	}
}
