import type { SeedCompetencyFramework } from '../types';
import { src, VERIFIED_ON } from './sources';

/**
 * Tuto3-PAT Result 1: the competency framework for peer support workers (12 categories, 63 items).
 * `no` and `pt` labels are copied verbatim from the Norwegian and Portuguese brochures, including
 * their typos and truncations. `en` labels are our own translation.
 *
 * Numbering follows the Norwegian brochure. Both brochures have 63 items, but they split them
 * differently (NO: category 7 = 4 items, category 11 = 8; PT: category 7 = 5, category 11 = 7):
 *  - Category 7: the Portuguese brochure has a 5th item, "Utiliza abordagens que correspondem às
 *    preferências e necessidades dos pares." It repeats item 4.4 word for word and has no
 *    Norwegian counterpart, so it is not a separate item here.
 *  - Category 11: item 11.8 ("Søker og identifiserer troverdig informasjon fra ulike ressurser.")
 *    exists only in the Norwegian brochure, so it has no `pt` label.
 *  - Item 5.6 is cut off in the Norwegian brochure ("Oppmuntrer ."). The English label follows
 *    the complete Portuguese wording.
 */
export const competencyFramework: SeedCompetencyFramework = {
  slug: 'tuto3-pat-competency-framework',
  title: {
    en: 'Peer support worker: competency and attitudes framework (Tuto3-PAT Result 1)',
    no: 'Erfaringskonsulenter: kompetanse- og holdningsrammeverk',
    pt: 'Trabalhador de apoio entre pares: quadro de competências e atitudes.',
  },
  description:
    "Competency framework for mental health peer support workers, developed in the Erasmus+ Tuto3-PAT project. In the Norwegian brochure the work is led by Høgskolen i Innlandet (Inland Norway University of Applied Sciences) with Erfaringscentrum; the Portuguese brochure credits Inland Norway University alone. It adapts the framework of the Substance Abuse and Mental Health Services Administration (SAMHSA, USA), with contributions from partners in Belgium, Romania, Germany, Norway, Spain, France and Canada. It has 12 categories and 63 items covering knowledge, skills and attitudes. The brochures say it aims to make peer workers' experiential expertise visible and recognised, to gain international and European recognition, to improve employment chances, and to allow comparison with traditional professions' competencies, linking informal experiential knowledge with formal academic knowledge. The same partners gathered social-work competency lists from each partner country and merged them into 8 shared categories for comparison with the framework. The comparison stresses that a peer support worker is 'part of the care team, but not a carer'.",
  categories: [
    {
      code: '1',
      labels: {
        en: 'Engages peers and encourages them to take an active, empowered part in the relationship and collaboration',
        no: 'Oppmuntrer brukere til å spille en aktiv rolle i relasjoner, samarbeid og myndiggjøring',
        pt: 'Encoraja pares a desempenhar uma parte ativa e empoderadora na vida de pares',
      },
      items: [
        {
          code: '1.1',
          labels: {
            en: 'Starts, keeps up and re-establishes contact with peers.',
            no: 'Initierer, opprettholder og gjenoppretter kontakt med brukere.',
            pt: 'Inicia, mantém e restabelece o contacto com os pares.',
          },
        },
        {
          code: '1.2',
          labels: {
            en: 'Reaches out to involve peers across the whole course of the recovery process.',
            no: 'Rekker ut for å engasjere brukere i hele kontinuumet av bedringsprosessen.',
            pt: 'Aproxima-se para envolver os pares em todo o continuum do processo de recuperação.',
          },
        },
        {
          code: '1.3',
          labels: {
            en: 'Shows genuine, unconditional acceptance and respect.',
            no: 'Viser genuin, betingelsesløs aksept og respekt.',
            pt: 'Demonstra uma aceitação genuína e incondicional e respeito.',
          },
        },
        {
          code: '1.4',
          labels: {
            en: "Lets the peer play a mutual role, so that the relationship can also support the worker's own recovery.",
            no: 'Gir brukere en gjensidig rolle, slik at de også kan legge til rette for den ansattes tilfriskningsprosess.',
            pt: 'Permite um papel mútuo ao par, de modo a facilitar também o processo de recuperação do trabalhador.',
          },
        },
      ],
    },
    {
      code: '2',
      labels: { en: 'Offers support', no: 'Tilbyr støtte', pt: 'Oferece apoio' },
      items: [
        {
          code: '2.1',
          labels: {
            en: "Validates peers' experiences and feelings.",
            no: 'Bekrefter brukeres opplevelser og følelser.',
            pt: 'Valida as experiências e sentimentos dos pares.',
          },
        },
        {
          code: '2.2',
          labels: {
            en: 'Conveys hope to peers about their recovery.',
            no: 'Formidler håp til brukere om å bli frisk.',
            pt: 'Transmite esperança aos pares sobre a sua recuperação.',
          },
        },
        {
          code: '2.3',
          labels: {
            en: "Celebrates peers' efforts and achievements.",
            no: 'Feirer kollegers innsats og prestasjoner.',
            pt: 'Celebra os esforços e conquistas dos pares.',
          },
        },
        {
          code: '2.4',
          labels: {
            en: 'Goes with peers to community activities and appointments when they ask.',
            no: 'Følger med brukere til aktiviteter og avtaler i lokalsamfunnet når de ber om det.',
            pt: 'Acompanha os pares em atividades comunitárias e compromissos quando solicitado.',
          },
        },
      ],
    },
    {
      code: '3',
      labels: {
        en: 'Shares lived experiences of recovery',
        no: 'Dele erfaringer fra tilfriskning',
        pt: 'Vivências de recuperação partilhadas',
      },
      items: [
        {
          code: '3.1',
          labels: {
            en: "Tells their own recovery story, and with permission other people's, to inspire hope.",
            no: 'Forteller sin egen og, med tillatelse, andres tilfriskningshistorier for å inspirere til håp.',
            pt: 'Partilha as suas próprias histórias de recuperação e, com autorização, as histórias de recuperação de outros para inspirar esperança.',
          },
        },
        {
          code: '3.2',
          labels: {
            en: 'Talks about their own continuing efforts to improve health, wellness and recovery.',
            no: 'Diskuterer pågående personlig innsats for å forbedre helse, velvære og tilfriskning.',
            pt: 'Discute os esforços pessoais contínuos para melhorar a saúde, o bem-estar e a recuperação.',
          },
        },
        {
          code: '3.3',
          labels: {
            en: 'Knows when to share experience and when to listen.',
            no: 'Vet når du skal dele erfaringer og når du skal lytte.',
            pt: 'Reconhece quando deve partilhar experiências e quando deve ouvir.',
          },
        },
        {
          code: '3.4',
          labels: {
            en: 'Describes their own recovery practices and helps peers discover practices that work for them.',
            no: 'Beskriver personlige bedringspraksiser og hjelper andre med å finne bedringspraksiser som fungerer for dem.',
            pt: 'Descreve práticas pessoais de recuperação e ajuda os pares a descobrir práticas de recuperação que funcionam para eles.',
          },
        },
      ],
    },
    {
      code: '4',
      labels: {
        en: "Personalises peer support to the person's needs",
        no: 'Personlig støtte utfra brukernes behov',
        pt: 'Personaliza o apoio entre pares',
      },
      items: [
        {
          code: '4.1',
          labels: {
            en: 'Understands their own values and culture and how these may shape biases, judgements and beliefs.',
            no: 'Forstår sine egne personlige verdier og kultur og hvordan disse kan bidra til fordommer, vurderinger og oppfatninger.',
            pt: 'Compreende os seus próprios valores e cultura e como estes podem contribuir para preconceitos, julgamentos e crenças.',
          },
        },
        {
          code: '4.2',
          labels: {
            en: 'Appreciates and respects the cultural and spiritual beliefs and practices of peers and their families.',
            no: 'Setter pris på og respekterer den kulturelle og åndelige troen og praksisen til brukere og deres familier.',
            pt: 'Aprecia e respeita as crenças e práticas culturais e espirituais dos pares e das suas famílias.',
          },
        },
        {
          code: '4.3',
          labels: {
            en: 'Adapts services and support to the preferences and particular needs of peers and their families.',
            no: 'Skreddersyr tjenester og støtte for å imøtekomme preferansene og de unike behovene til brukere og deres familier.',
            pt: 'Adapta os serviços e o apoio para atender às preferências e necessidades únicas dos pares e das suas famílias.',
          },
        },
        {
          code: '4.4',
          labels: {
            en: "Uses approaches that fit peers' preferences and needs.",
            no: 'Bruker tilnærminger som samsvarer med brukeres preferanser og behov.',
            pt: 'Utiliza abordagens que correspondem às preferências e necessidades dos pares.',
          },
        },
      ],
    },
    {
      code: '5',
      labels: {
        en: 'Supports recovery planning in a non-directive way',
        no: 'Støtter gjenopprettingsplanlegging på en ikke-direktiv måte',
        pt: 'Apoia o planeamento da recuperação e a recuperação num modo não-diretivo',
      },
      items: [
        {
          code: '5.1',
          labels: {
            en: 'Helps and supports peers to set goals and imagine future possibilities.',
            no: 'Hjelper og støtter brukere til å sette seg mål og drømme om fremtidige muligheter.',
            pt: 'Assiste e apoia os pares na definição de metas e na conceção de possibilidades futuras.',
          },
        },
        {
          code: '5.2',
          labels: {
            en: 'Suggests strategies that help a peer carry out tasks or reach goals.',
            no: 'Foreslår strategier for å hjelpe en brukere med å utføre oppgaver eller nå mål.',
            pt: 'Propõe estratégias para ajudar um par a alcançar tarefas ou metas.',
          },
        },
        {
          code: '5.3',
          labels: {
            en: 'Encourages peers to use decision-making strategies when choosing services and supports.',
            no: 'Oppmuntrer brukere til å anvende beslutningsstrategier når de velger tjenester.',
            pt: 'Incentiva os pares a usar estratégias de tomada de decisão ao escolher serviços e apoio.',
          },
        },
        {
          code: '5.4',
          labels: {
            en: 'Helps peers take part as members of their treatment/recovery support team.',
            no: 'Hjelper brukere til å fungere som medlemmer av behandlingsteamet.',
            pt: 'Ajuda os pares a funcionar como membros da sua equipa de apoio ao tratamento/recuperação.',
          },
        },
        {
          code: '5.5',
          labels: {
            en: 'Gives practical help so that peers can complete tasks and reach goals.',
            no: 'Hjelper brukere med å utføre konkrete oppgaver og nå mål.',
            pt: 'Fornece assistência concreta para ajudar os pares a alcançar tarefas e metas.',
          },
        },
        {
          code: '5.6',
          labels: {
            en: 'Encourages peers to take on responsibilities in line with their own capacity (the Norwegian text of this item is truncated; meaning taken from the Portuguese version).',
            no: 'Oppmuntrer .',
            pt: 'Incentiva os pares a abraçar responsabilidades de acordo com a sua própria capacidade.',
          },
        },
      ],
    },
    {
      code: '6',
      labels: {
        en: 'Links peers to resources, services and supports',
        no: 'Formidler kontakt til ressurser, tjenester og støtte',
        pt: 'Conexão com recursos, serviços e apoio',
      },
      items: [
        {
          code: '6.1',
          labels: {
            en: 'Builds and keeps up-to-date information about community resources and services.',
            no: 'Utvikler og vedlikeholder oppdatert informasjon om ressurser og tjenester i lokalsamfunnet.',
            pt: 'Desenvolve e mantém informações atualizadas sobre recursos e serviços comunitários.',
          },
        },
        {
          code: '6.2',
          labels: {
            en: 'Helps peers look into, choose and use the resources and services they need and want.',
            no: 'Hjelper brukere med å undersøke, velge og bruke nødvendige og ønskede ressurser og tjenester.',
            pt: 'Assiste os pares na investigação, seleção e utilização de recursos e serviços necessários e desejados.',
          },
        },
        {
          code: '6.3',
          labels: {
            en: 'Helps peers find and use health services and supports.',
            no: 'Hjelper brukere med å finne og bruke helsetjenester og støtteordninger.',
            pt: 'Ajuda os pares a encontrar e utilizar serviços de saúde e apoios.',
          },
        },
        {
          code: '6.4',
          labels: {
            en: 'Joins peers in community activities when they ask.',
            no: 'Deltar i fellesskapsaktiviteter med brukere når de ber om det.',
            pt: 'Participa em atividades comunitárias com os pares quando solicitado.',
          },
        },
        {
          code: '6.5',
          labels: {
            en: 'Encourages peers to explore and take up community roles by building a network of resources.',
            no: 'Oppmuntrer til utforskning og utøvelse av samfunnsroller ved å utvikle et ressursnettverk.',
            pt: 'Incentiva a exploração e a busca de papéis comunitários, desenvolvendo uma rede de recursos.',
          },
        },
        {
          code: '6.6',
          labels: {
            en: 'Helps peers find resources in their own network, including money, housing, education and health care.',
            no: 'Bistår brukere med å finne ressurser i sitt eget nettverk, inkludert penger, bolig, utdanning og helsetjenester.',
            pt: 'Ajuda os pares a encontrar recursos na sua própria rede, incluindo dinheiro, habitação, educação e cuidados de saúde.',
          },
        },
      ],
    },
    {
      code: '7',
      labels: {
        en: 'Provides information about skills related to health, wellness and recovery',
        no: 'Gir informasjon om ferdigheter knyttet til helse, velvære og tilfriskning',
        pt: 'Oferece informação sobre competências relacionadas com saúde, bem-estar e recuperação.',
      },
      items: [
        {
          code: '7.1',
          labels: {
            en: 'Promotes wellness, recovery and recovery supports with peers.',
            no: 'Fremmer velvære, tilfriskning og støtte til tilfriskning overfor brukere.',
            pt: 'Promove o bem-estar, a recuperação e os apoios à recuperação junto dos pares.',
          },
        },
        {
          code: '7.2',
          labels: {
            en: 'Guides peers on accessing treatment and services and finding their way through care systems.',
            no: 'Veileder brukere om hvordan de kan få tilgang til behandling og navigere i omsorgssystemene.',
            pt: 'Orientar os pares sobre como aceder a tratamento e serviços e navegar nos sistemas de cuidados.',
          },
        },
        {
          code: '7.3',
          labels: {
            en: 'Coaches peers in the skills and strategies they want.',
            no: 'Veileder brukere i ønskede ferdigheter og strategier.',
            pt: 'Orientar os pares nas competências e estratégias desejadas.',
          },
        },
        {
          code: '7.4',
          labels: {
            en: 'Promotes recovery and recovery supports with family members and other supporters.',
            no: 'Fremmer tilfriskning og støtte til tilfriskning overfor familiemedlemmer og andre støttende personer .',
            pt: 'Promove a recuperação e os apoios à recuperação junto dos familiares e de outros indivíduos de apoio.',
          },
        },
      ],
    },
    {
      code: '8',
      labels: {
        en: 'Helps peers manage crises',
        no: 'Hjelper brukere med å håndtere kriser',
        pt: 'Ajuda pares a gerir crises',
      },
      items: [
        {
          code: '8.1',
          labels: {
            en: 'Recognises signs of distress and threats to safety among peers and in their surroundings.',
            no: 'Gjenkjenner tegn på nød og trusler mot sikkerheten blant brukere og i deres omgivelser.',
            pt: 'Reconhece sinais de sofrimento e ameaças à segurança entre os pares e nos seus ambientes.',
          },
        },
        {
          code: '8.2',
          labels: {
            en: 'Reassures peers who are in distress.',
            no: 'Gir trygghet til brukere i nødsituasjoner',
            pt: 'Oferece reassuramento aos pares em sofrimento.',
          },
        },
        {
          code: '8.3',
          labels: {
            en: 'Tries to create safe spaces when meeting peers.',
            no: 'Bestreber seg på å skape trygge rom i møte med brukere.',
            pt: 'Esforça-se por criar espaços seguros ao encontrar-se com os pares.',
          },
        },
        {
          code: '8.4',
          labels: {
            en: "Acts on distress or crisis using knowledge of local resources, treatment, services and the peer's support preferences.",
            no: 'Tar grep for å håndtere kriser ved å bruke kunnskap om lokale ressurser, behandling, tjenester og brukeres støttepreferanser.',
            pt: 'Toma medidas para abordar o sofrimento ou uma crise, utilizando o conhecimento sobre recursos locais, tratamento, serviços e preferências de apoio dos pares.',
          },
        },
        {
          code: '8.5',
          labels: {
            en: 'Helps peers develop crisis-prevention tools (the Portuguese version adds advance directives).',
            no: 'Hjelper brukere med å utvikle kriseforebyggende verktøy.',
            pt: 'Ajuda os pares a desenvolver diretrizes antecipadas e outras ferramentas de prevenção de crises.',
          },
        },
      ],
    },
    {
      code: '9',
      labels: {
        en: 'Communicates values / values communication',
        no: 'Kommuniserer verdier',
        pt: 'Valoriza a comunicação',
      },
      items: [
        {
          code: '9.1',
          labels: {
            en: 'Uses respectful, person-centred, recovery-oriented language in written and spoken communication with peers, families, community members and others.',
            no: 'Bruker et respektfullt, personsentrert og recovery-orientert språk i skriftlig og muntlig kommunikasjon med brukere, familiemedlemmer, samfunnsmedlemmer og andre.',
            pt: 'Utiliza uma linguagem respeitosa, centrada na pessoa e orientada para a recuperação nas comunicações escritas e verbais com pares, familiares, membros da comunidade e outros.',
          },
        },
        {
          code: '9.2',
          labels: {
            en: 'Listens closely to both the content and the emotion of what is being communicated.',
            no: 'Lytter til andre med nøye oppmerksomhet på innholdet og følelsene som kommuniseres.',
            pt: 'Escuta os pares com atenção cuidadosa ao conteúdo e à emoção que está a ser comunicada.',
          },
        },
        {
          code: '9.3',
          labels: {
            en: 'Checks their understanding of information when unsure what it means.',
            no: 'Klargjør sin forståelse av informasjon når de er i tvil om hva den betyr.',
            pt: 'Esclarece a sua compreensão da informação quando tem dúvidas sobre o seu significado.',
          },
        },
        {
          code: '9.4',
          labels: {
            en: 'Documents information as required by service guidelines, policies and procedures.',
            no: 'Dokumenterer informasjon i henhold til behandlingsretningslinjene .',
            pt: 'Documenta informações conforme exigido pelas políticas e procedimentos do programa.',
          },
        },
        {
          code: '9.5',
          labels: {
            en: "Follows laws and rules on confidentiality and respects others' right to privacy.",
            no: 'Følger lover og regler om taushetsplikt og respekterer andres rett til privatliv.',
            pt: 'Cumpre as leis relativas à confidencialidade e respeita os direitos dos outros à privacidade.',
          },
        },
        {
          code: '9.6',
          labels: {
            en: "Shows understanding of peers' experiences and feelings.",
            no: 'Viser forståelse for brukeres opplevelser og følelser.',
            pt: 'Demonstra compreensão das experiências e sentimentos dos pares.',
          },
        },
        {
          code: '9.7',
          labels: {
            en: "Recognises and responds to what is complex and unique in each peer's recovery process.",
            no: 'Anerkjenner og responderer på kompleksiteten og det unike ved hver enkelt brukers tilfriskningsprosess.',
            pt: 'Reconhece e responde às complexidades e singularidades do processo de recuperação de cada par.',
          },
        },
      ],
    },
    {
      code: '10',
      labels: {
        en: 'Supports collaboration and teamwork',
        no: 'Støtter samarbeid og teamarbeid',
        pt: 'Apoia a colaboração e o trabalho de equipa',
      },
      items: [
        {
          code: '10.1',
          labels: {
            en: 'Works with colleagues to improve the services and supports offered.',
            no: 'Samarbeider med andre kolleger for å forbedre tilbudet av tjenester og støtte',
            pt: 'Trabalha em conjunto com outros colegas para melhorar a prestação de serviços e apoios.',
          },
        },
        {
          code: '10.2',
          labels: {
            en: "Engages mental health and addiction service providers (the Portuguese version adds physical health) to meet peers' needs.",
            no: 'Engasjerer tjenesteytere i psykisk helse- og rustjenester for å møte brukeres behov.',
            pt: 'Contacta assertivamente os prestadores de serviços de saúde mental, serviços de dependência e medicina física para atender às necessidades dos pares.',
          },
        },
        {
          code: '10.3',
          labels: {
            en: "Coordinates and works with relevant health workers, family members, community members or natural support groups to promote wellbeing and widen peers' opportunities.",
            no: 'Samordner og samarbeider med relevant helsepersonell, familiemedlemmer eller andre medlemmer av lokalsamfunnet eller naturlige støttegrupper for å fremme velvære og styrke mulighetene for brukere.',
            pt: 'Coordena e colabora com prestadores de cuidados de saúde relevantes, familiares ou outros membros da comunidade ou grupos de apoio natural para promover o bem-estar e fortalecer as oportunidades para os pares.',
          },
        },
        {
          code: '10.4',
          labels: {
            en: 'Works to resolve conflicts in relationships with peers and others in their support network.',
            no: 'Bestreber seg på å løse konflikter i relasjoner med brukere og andre i sitt deres nettverk.',
            pt: 'Esforça-se por resolver conflitos nas relações com os pares e outros na sua rede de apoio.',
          },
        },
        {
          code: '10.5',
          labels: {
            en: 'Puts across their own point of view when working with colleagues.',
            no: 'Formidler sine synspunkter i samarbeid med kolleger.',
            pt: 'Transmite o seu ponto de vista ao trabalhar com colegas.',
          },
        },
      ],
    },
    {
      code: '11',
      labels: {
        en: 'Promotes leadership and advocacy',
        no: 'Fremmer lederskap og påvirkningsarbeid',
        pt: 'Promove liderança e ativismo',
      },
      items: [
        {
          code: '11.1',
          labels: {
            en: "Uses knowledge of relevant rights and laws so that peers' rights are respected.",
            no: 'Bruker kunnskap om relevante rettigheter og lover slik at brukeres rettigheter blir respektert.',
            pt: 'Utiliza o conhecimento dos direitos e leis relevantes para garantir que os direitos dos pares sejam respeitados.',
          },
        },
        {
          code: '11.2',
          labels: {
            en: "Speaks up for peers' needs and wishes in treatment meetings, in the community, in housing situations and with family.",
            no: 'Er talsmann for brukeres behov og ønsker i behandlingsmøter, i lokalsamfunnet, i bosituasjonen og overfor familien.',
            pt: 'Defende as necessidades e desejos dos pares em reuniões da equipe de tratamento, serviços comunitários, situações de vida e com a família.',
          },
        },
        {
          code: '11.3',
          labels: {
            en: 'Uses knowledge of legal resources and advocacy organisations to build an advocacy plan.',
            no: 'Bruker kunnskap om juridiske ressurser og interesseorganisasjoner til å lage en plan for påvirkningsarbeid.',
            pt: 'Utiliza o conhecimento sobre recursos legais e organizações de defesa para construir um plano de advocacy.',
          },
        },
        {
          code: '11.4',
          labels: {
            en: 'Takes part in efforts to eliminate prejudice and discrimination against people with behavioural health conditions and their families.',
            no: 'Deltar i arbeidet med å eliminere fordommer og diskriminering mot mennesker med atferdsvansker og deres familier.',
            pt: 'Participa em esforços para eliminar preconceitos e discriminação contra pessoas que têm condições de saúde comportamental e suas famílias.',
          },
        },
        {
          code: '11.5',
          labels: {
            en: 'Encourages peers to stay well and to use recovery support services.',
            no: 'Oppmuntrer brukere til å holde seg friske og til å benytte seg av støttetjenester.',
            pt: 'Incentiva os colegas no processo de recuperação e no uso de serviços de apoio à recuperação.',
          },
        },
        {
          code: '11.6',
          labels: {
            en: 'Takes an active part in efforts to improve the organisation.',
            no: 'Deltar aktivt i arbeidet med å forbedre organisasjonen.',
            pt: 'Participa ativamente em esforços para melhorar a organização.',
          },
        },
        {
          code: '11.7',
          labels: {
            en: 'Stays engaged and involved in peer and professional communities.',
            no: 'Opprettholder engasjement og involvering i fagfelleskap/profesjonsfelleskap.',
            pt: 'Mantém envolvimento e participação nas comunidades de pares/profissionais.',
          },
        },
        {
          code: '11.8',
          labels: {
            en: 'Seeks out and identifies credible information from a range of sources (item present in the Norwegian version only).',
            no: 'Søker og identifiserer troverdig informasjon fra ulike ressurser.',
          },
        },
      ],
    },
    {
      code: '12',
      labels: {
        en: 'Promotes professional growth and development',
        no: 'Fremmer faglig utvikling',
        pt: 'Promove o desenvolvimento profissional',
      },
      items: [
        {
          code: '12.1',
          labels: {
            en: 'Recognises the limits of their own knowledge and asks others for help when needed.',
            no: 'Erkjenner grensene for egen kunnskap og søker hjelp fra andre når det er nødvendig.',
            pt: 'Reconhece os limites do seu conhecimento e procura assistência de outros quando necessário.',
          },
        },
        {
          code: '12.2',
          labels: {
            en: 'Makes good use of supervision (mentoring, reflection): monitoring self and relationships, preparing for meetings and problem-solving with a supervisor, mentor or peer.',
            no: 'Bruker veiledning (refleksjon) effektivt ved å overvåke seg selv og sine relasjoner, forberede seg til møter og engasjere seg i problemløsningsstrategier sammen med veileder (mentor eller kollega).',
            pt: 'Utiliza a supervisão (mentoria, reflexão) de forma eficaz, monitorizando-se a si mesmo e as relações, preparando-se para reuniões e envolvendo-se em estratégias de resolução de problemas com o supervisor (mentor, par).',
          },
        },
        {
          code: '12.3',
          labels: {
            en: 'Reflects on personal motivations, judgements and feelings that peer work may trigger, recognises signs of distress and knows when to seek support.',
            no: 'Reflekterer over egen personlige motivasjon, vurderinger og følelser som kan aktiveres av likepersonsarbeidet, gjenkjenne tegn på mistriivsel og vite når man bør søke støtte.',
            pt: 'Reflete sobre as suas próprias motivações pessoais, julgamentos e sentimentos que podem ser ativados pelo trabalho com pares, reconhecendo sinais de sofrimento e sabendo quando procurar apoio.',
          },
        },
        {
          code: '12.4',
          labels: {
            en: 'Looks for opportunities to increase peer support knowledge and skills.',
            no: 'Søker muligheter for å øke kunnskapen og ferdighetene i likepersonsarbeid.',
            pt: 'Procura oportunidades para aumentar o conhecimento e as competências de apoio entre pares.',
          },
        },
        {
          code: '12.5',
          labels: {
            en: 'Sees the job as a way of having a role in society and taking responsibility towards others, as a basis for citizenship.',
            no: 'Forstår jobben som en måte å ha en rolle i samfunnet og ta ansvar overfor andre, noe som er grunnlaget for medborgerskap.',
            pt: 'Compreende o trabalho como uma forma de ter um papel na sociedade e abraçar responsabilidades em relação aos outros, que são fundamentos para a cidadania.',
          },
        },
        {
          code: '12.6',
          labels: {
            en: 'Looks after their own professional development and wellbeing.',
            no: 'Fremmer egen faglig utvikling og velferd.',
            pt: 'Promove o seu próprio desenvolvimento profissional e bem-estar.',
          },
        },
      ],
    },
  ],
  socialWorkComparison: [
    {
      aspect: 'Ethical issues (overlap: partial)',
      peerSupport:
        'No item explicitly covers identifying, reflecting on and handling ethical issues. Item 9.5 (following confidentiality laws and respecting privacy) is the nearest partial overlap.',
      socialWork:
        'Explicitly includes the ability to identify, reflect on and handle ethical issues in service delivery.',
    },
    {
      aspect: 'Support and conversations with the people supported (overlap: yes)',
      peerSupport:
        'Support, and the value of formal and informal exchanges with the people supported, are central.',
      socialWork: 'Shares the same emphasis on support and on formal and informal exchanges.',
    },
    {
      aspect: 'Interdisciplinary and interprofessional collaboration (overlap: yes)',
      peerSupport: "Found in several items of category 10, 'Supports collaboration and teamwork'.",
      socialWork: 'Working across disciplines and professions is an explicit competency.',
    },
    {
      aspect: 'Communication with and guidance of patients and families (overlap: yes, with additions)',
      peerSupport:
        "Matches category 9, 'communicates values', which adds recovery-oriented, person-centred language not found in the social-work lists.",
      socialWork: 'Basic communication and guidance competencies towards patients and families.',
    },
    {
      aspect: 'Knowledge-based practice and professional development (overlap: yes)',
      peerSupport:
        'Knowledge-based practice is less common in recovery-oriented services; item 12.4 (seeking chances to increase peer support knowledge and skills) covers how peer workers develop professionally.',
      socialWork:
        'Acquiring new knowledge and making professional judgements, decisions and actions according to knowledge-based practice.',
    },
    {
      aspect: 'Inclusion, equality and non-discrimination (overlap: yes)',
      peerSupport: 'Item 11.4, taking part in efforts to eliminate prejudice and discrimination.',
      socialWork:
        'Knowledge of inclusion, equality and non-discrimination, to help provide equal services for all groups in society.',
    },
    {
      aspect: 'Evaluation and improvement of services (overlap: roughly equivalent)',
      peerSupport:
        'Item 11.6, taking an active part in efforts to improve the organisation, expresses much the same intention. Evaluation is often, though not always, a precondition for improvement.',
      socialWork: 'Evaluating the effectiveness of social-work programmes.',
    },
    {
      aspect:
        'Social problems such as neglect, violence, abuse, substance use and socio-economic problems (overlap: weak)',
      peerSupport:
        'Social aspects are less emphasised. Some overlap exists through item 11.4 (eliminating prejudice and discrimination) and item 12.5 (having a role in society and taking responsibility for others). The Portuguese brochure refers to category X for the first of these; we follow the Norwegian reference to category XI, point 4.',
      socialWork: 'Knowledge of these problems and the ability to identify and follow up people facing them.',
    },
    {
      aspect: 'Links between health, education, work and living conditions (overlap: weak)',
      peerSupport:
        'Category 6 (links to resources, services and supports) does not name work inclusion as a topic.',
      socialWork:
        'Understanding how health, education, work and living conditions connect, to promote public health and inclusion in work.',
    },
    {
      aspect: 'The concept of recovery (exclusive to the peer support framework)',
      peerSupport:
        'Recovery features prominently in categories 1, 3, 5, 7, 9 and 11. Mobilising experiential knowledge of illness can be seen as widening the recovery concept, and the peer worker can act as a mediator between the care team and the person cared for.',
      socialWork:
        'Not used. Recovery comes mainly from mental health and addiction services, whereas social work has a broader service focus.',
    },
    {
      aspect: 'Personal, spiritual and cultural values (exclusive to the peer support framework)',
      peerSupport:
        'Item 4.2 (category 4) covers understanding personal, spiritual and cultural values, reflecting the personal and interpersonal nature of work based on lived experience.',
      socialWork: 'Not spelled out in the social-work competencies.',
    },
  ],
  sources: [
    src('tuto3-no', 'Spesifikt om resultat nr 1 — Kompetanserammeverk (12 kategorier, 63 underpunkter)'),
    src('tuto3-pt', 'Resultado número I — Categorias'),
    src(
      'tuto3-pt',
      'Comparação das competências dos trabalhadores de apoio entre pares com as competências de trabalho social',
    ),
    src('tuto3-no', 'Sammenligning av Peer Support Worker-kompetanse med kompetanse i sosialt arbeid'),
    src('tuto3-en', 'Results — Result number 1'),
  ],
  verifiedOn: VERIFIED_ON,
};
