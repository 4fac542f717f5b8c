/**
 * Where the seed's people come from. Names and cities are grouped by region so that a person's
 * name and home fit together; a few people live somewhere else, as freelancers do.
 */
export interface Region {
  first: string[];
  last: string[];
  cities: string[];
}

const list = (text: string) => text.split("|");

export const regions: Region[] = [
  {
    first: list("Chinedu|Ngozi|Tunde|Folake|Emeka|Adaeze|Oluwaseun|Ifeoma|Babajide|Chiamaka"),
    last: list("Okafor|Adeyemi|Nwosu|Balogun|Eze|Okonkwo|Adebayo|Obi|Ogunleye"),
    cities: list("Lagos, Nigeria|Abuja, Nigeria|Ibadan, Nigeria"),
  },
  {
    first: list("Kofi|Akosua|Yaw|Abena|Kwabena|Ama|Kwame|Efua|Kojo|Adwoa"),
    last: list("Mensah|Asante|Owusu|Boateng|Adjei|Danso|Appiah|Ofori"),
    cities: list("Accra, Ghana|Kumasi, Ghana"),
  },
  {
    first: list("Wanjiru|Otieno|Achieng|Baraka|Zawadi|Juma|Njeri|Kiprono|Wambui"),
    last: list("Kamau|Odhiambo|Mwangi|Njoroge|Wanjala|Kariuki|Ochieng|Chebet"),
    cities: list("Nairobi, Kenya|Mombasa, Kenya|Kisumu, Kenya"),
  },
  {
    first: list("Thabo|Lerato|Sipho|Naledi|Kagiso|Zanele|Bongani|Palesa|Lindiwe"),
    last: list("Nkosi|Dlamini|Mokoena|Ndlovu|Khumalo|Botha|Naidoo|Van der Merwe"),
    cities: list("Cape Town, South Africa|Johannesburg, South Africa|Durban, South Africa"),
  },
  {
    first: list("Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Meera|Aditya|Sneha|Rahul|Divya|Karthik"),
    last: list("Sharma|Patel|Iyer|Reddy|Nair|Gupta|Menon|Rao|Desai|Kulkarni|Banerjee|Singh"),
    cities: list("Bengaluru, India|Pune, India|Hyderabad, India|Chennai, India|Kochi, India"),
  },
  {
    first: list("Hiroshi|Yuki|Haruto|Sakura|Kenji|Aiko|Ren|Yui|Takumi|Hana"),
    last: list("Tanaka|Suzuki|Watanabe|Ito|Nakamura|Sato|Kobayashi|Yamamoto"),
    cities: list("Tokyo, Japan|Osaka, Japan|Fukuoka, Japan"),
  },
  {
    first: list("Wei|Mei|Jun|Lian|Xiaoming|Yating|Haoran|Jia|Zihan"),
    last: list("Chen|Wang|Liu|Zhang|Huang|Lin|Wu|Zhou"),
    cities: list("Taipei, Taiwan|Shanghai, China|Shenzhen, China|Singapore"),
  },
  {
    first: list("Minjun|Seo-yeon|Jiwoo|Hyun-woo|Soo-ah|Dong-hyun|Ji-ho|Eun-ji"),
    last: list("Kim|Park|Lee|Choi|Jung|Kang|Yoon|Han"),
    cities: list("Seoul, South Korea|Busan, South Korea"),
  },
  {
    first: list("Linh|Minh|Thao|Duc|Huong|Quang|Trang|Phuong|Tuan"),
    last: list("Nguyen|Tran|Pham|Hoang|Le|Vu|Dang|Bui"),
    cities: list("Ho Chi Minh City, Vietnam|Hanoi, Vietnam|Da Nang, Vietnam"),
  },
  {
    first: list("Maria|Jose|Andrea|Paolo|Kristine|Miguel|Angelica|Carlo|Bea"),
    last: list("Santos|Reyes|Cruz|Bautista|Garcia|Mendoza|Villanueva|Ramos"),
    cities: list("Manila, Philippines|Cebu City, Philippines|Davao, Philippines"),
  },
  {
    first: list("Putri|Budi|Sari|Arief|Nurul|Dewi|Agus|Rizky|Ayu"),
    last: list("Santoso|Wijaya|Pratama|Hidayat|Saputra|Kurniawan|Lestari"),
    cities: list("Jakarta, Indonesia|Bandung, Indonesia|Yogyakarta, Indonesia"),
  },
  {
    first: list("Mateo|Sofía|Valentina|Santiago|Camila|Diego|Lucía|Martín|Daniela|Alejandro"),
    last: list("García|Martínez|Rodríguez|López|Hernández|Gómez|Díaz|Torres|Ramírez"),
    cities: list(
      "Mexico City, Mexico|Guadalajara, Mexico|Bogotá, Colombia|Medellín, Colombia|Buenos Aires, Argentina|Santiago, Chile",
    ),
  },
  {
    first: list("João|Beatriz|Rafael|Larissa|Thiago|Gabriela|Lucas|Mariana|Felipe"),
    last: list("Silva|Oliveira|Souza|Costa|Pereira|Alves|Ferreira|Carvalho|Ribeiro"),
    cities: list("São Paulo, Brazil|Porto Alegre, Brazil|Recife, Brazil|Lisbon, Portugal"),
  },
  {
    first: list("Lukas|Lena|Jonas|Hannah|Felix|Leonie|Maximilian|Anna|Tobias"),
    last: list("Becker|Müller|Schmidt|Wagner|Fischer|Weber|Hoffmann|Schulz"),
    cities: list(
      "Berlin, Germany|Munich, Germany|Hamburg, Germany|Vienna, Austria|Zürich, Switzerland",
    ),
  },
  {
    first: list("Chloé|Louis|Camille|Léa|Hugo|Manon|Théo|Inès|Julien"),
    last: list("Dubois|Lefèvre|Moreau|Laurent|Girard|Bernard|Fontaine|Rousseau"),
    cities: list("Lyon, France|Paris, France|Nantes, France|Brussels, Belgium"),
  },
  {
    first: list("Daan|Sanne|Bram|Fleur|Jesse|Lotte|Ruben|Noor"),
    last: list("Jansen|de Vries|Bakker|Visser|Smit|Meijer|Mulder|de Boer"),
    cities: list("Amsterdam, Netherlands|Utrecht, Netherlands|Rotterdam, Netherlands"),
  },
  {
    first: list("Giulia|Marco|Francesca|Luca|Chiara|Matteo|Sara|Alessandro"),
    last: list("Rossi|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Conti"),
    cities: list("Milan, Italy|Bologna, Italy|Turin, Italy"),
  },
  {
    first: list("Pablo|Carmen|Javier|Elena|Álvaro|Marta|Sergio|Irene"),
    last: list("Fernández|Sánchez|Navarro|Ruiz|Moreno|Jiménez|Álvarez|Romero"),
    cities: list("Barcelona, Spain|Madrid, Spain|Valencia, Spain"),
  },
  {
    first: list("Grace|Oliver|Amelia|Harry|Isla|Jack|Callum|Freya|Eilidh|Ewan"),
    last: list("Whitfield|Smith|Jones|Taylor|Brown|Evans|Campbell|Robertson|Hughes"),
    cities: list("London, UK|Manchester, UK|Edinburgh, UK|Bristol, UK|Cardiff, UK"),
  },
  {
    first: list("Siobhan|Liam|Aoife|Finn|Niamh|Cian|Saoirse|Eoin"),
    last: list("Murphy|Kelly|Walsh|O'Brien|Byrne|Ryan|O'Connor|Doyle"),
    cities: list("Dublin, Ireland|Cork, Ireland|Galway, Ireland"),
  },
  {
    first: list("Katarzyna|Piotr|Agnieszka|Jakub|Magdalena|Tomasz|Zofia|Michał"),
    last: list("Kowalski|Nowak|Wiśniewska|Wójcik|Kamińska|Lewandowski|Zielińska"),
    cities: list("Warsaw, Poland|Kraków, Poland|Wrocław, Poland"),
  },
  {
    first: list("Oksana|Dmytro|Olena|Andriy|Iryna|Taras|Yulia|Bohdan"),
    last: list("Shevchenko|Bondarenko|Kovalenko|Tkachenko|Melnyk|Kravchenko|Boyko"),
    cities: list("Kyiv, Ukraine|Lviv, Ukraine"),
  },
  {
    first: list("Andrei|Ioana|Mihai|Elena|Radu|Alexandra|Cristian|Bianca"),
    last: list("Popescu|Ionescu|Popa|Stan|Dumitru|Constantin|Matei"),
    cities: list("Bucharest, Romania|Cluj-Napoca, Romania"),
  },
  {
    first: list("Omar|Layla|Youssef|Fatima|Karim|Nour|Amira|Hassan|Yasmin|Tarek"),
    last: list("Haddad|Khalil|Mansour|Farouk|El-Sayed|Nasser|Hamdan|Saleh"),
    cities: list("Cairo, Egypt|Alexandria, Egypt|Amman, Jordan|Beirut, Lebanon"),
  },
  {
    first: list("Mehmet|Elif|Emre|Zeynep|Burak|Ayşe|Can|Selin"),
    last: list("Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan"),
    cities: list("Istanbul, Türkiye|Izmir, Türkiye|Ankara, Türkiye"),
  },
  {
    first: list("Yassine|Salma|Mehdi|Imane|Anas|Khadija|Hamza"),
    last: list("Benali|Alaoui|Idrissi|Bennani|Tazi|El Amrani"),
    cities: list("Casablanca, Morocco|Rabat, Morocco|Marrakesh, Morocco"),
  },
  {
    first: list("Emily|Michael|Jessica|Daniel|Ashley|Tyler|Madison|Ethan|Olivia|Noah|Avery|Jordan"),
    last: list(
      "Johnson|Williams|Miller|Davis|Anderson|Thompson|Martin|Clark|Lewis|Walker|Young|Hall",
    ),
    cities: list("Austin, USA|Chicago, USA|Portland, USA|New York, USA|Denver, USA|Atlanta, USA"),
  },
  {
    first: list("Liam|Chloe|Nathan|Emma|Owen|Sophie|Logan|Zoe"),
    last: list("Tremblay|Gagnon|Roy|MacDonald|Wilson|Campbell|Bouchard|Stewart"),
    cities: list("Toronto, Canada|Vancouver, Canada|Montréal, Canada|Calgary, Canada"),
  },
  {
    first: list("Lars|Ingrid|Erik|Astrid|Mikkel|Freja|Oskar|Saga|Magnus|Sigrid"),
    last: list("Andersen|Nielsen|Hansen|Johansson|Lindqvist|Berg|Larsen|Eriksson"),
    cities: list("Copenhagen, Denmark|Stockholm, Sweden|Oslo, Norway|Gothenburg, Sweden"),
  },
  {
    first: list("Aleksi|Aino|Eetu|Venla|Juho|Emilia"),
    last: list("Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laine"),
    cities: list("Helsinki, Finland|Tampere, Finland"),
  },
  {
    first: list("Jack|Charlotte|Lachlan|Matilda|Cooper|Ruby|Mia|Hamish|Ella"),
    last: list("Wilson|Thompson|Ryan|Harris|Mitchell|Kelly|Scott|Martin"),
    cities: list("Melbourne, Australia|Sydney, Australia|Brisbane, Australia|Perth, Australia"),
  },
  {
    first: list("Aroha|Nikau|Tama|Manaia|Anahera|Wiremu"),
    last: list("Ngata|Parata|Tane|Walker|Te Whare|Karaka"),
    cities: list("Auckland, New Zealand|Wellington, New Zealand"),
  },
];

/** `Chloé O'Brien` → `chloe.obrien` (or `chloe-obrien`): for email addresses and host names. */
export function asciiWords(text: string, separator: "." | "-") {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .join(separator);
}

export const companyStems = list(
  "Northwind|Brightpath|Juniper|Bluefin|Larkspur|Cobalt|Meadowlark|Tidewater|Foxglove|Redwood|Halcyon|Saltbox|Ironbark|Quillon|Beacon|Copperleaf|Wildrose|Lantern|Sparrow|Orchard|Kestrel|Driftwood|Evergreen|Aster|Riverbend|Fieldstone|Harbor|Summit|Pinecone|Marigold|Paperkite|Birchwood|Mossbank|Little Otter|Greenway|Clearwater|Northstar|Hollyhock|Westbrook|Bramble|Silverline|Oakridge|Thistle|Blue Door|Cedar|Kingfisher|Mill Lane|Open Field|Sunday|Honeycomb|Lighthouse",
);
