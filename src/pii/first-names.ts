/**
 * Common first names in the Netherlands (Dutch and of the largest migrant communities), lower case. A word
 * from this list written with a capital counts as a name. Names that are also ordinary Dutch words
 * ("Wil", "Roos", "Hoop", "Mei") are left out: they would flag ordinary sentences.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `aaliyah aaron abdel abdelkader abdul abdullah abdelilah achmed adam adil adriaan adrianus ahmed aisha
  aicha ali alex alexander alexandra alice amal amber amina amir amira ana andrea andreas anita anja anke ann
  anna anne annemarie annemieke anouk anton antonie arie arjen arjan arnold astrid ayoub aziz bart bas bastiaan
  bayram bea benjamin bernard berend bert bianca birgit boris bram brenda britt bruno burak caroline carla
  carlos casper cees charlotte chantal chris christiaan christina cindy claire claudia colin cor corina corné
  cornelis daan daniel daniëlle danny david dennis derk desiree dewi diana dieuwke dina dirk dominique
  dorien dylan eddy edith eef eefje elif elisa elisabeth ellen els elsa emine emily emma emre erik erwin esra
  esther eva evelien ewout fadma fatima fatma fenna femke fleur floor florian frank frans freek frits gerard gert
  gerrit gijs gijsbert gillian hakan halima hamid hanna hannah hans harm harry hasan hassan hatice hein hendrik
  henk henri herman hilde hugo ibrahim ilse imane ingrid iris isa isabel ivo jaap jack jacob jacqueline jamal
  jan jana janneke jasmijn jasper jayden jelle jeroen jesse jessica joey johan johanna john joost jordy joris
  josé josephine jorien joyce judith julia julian juliette kaan karim karin kees kemal kevin khadija kim kirsten
  klaas koen kofi laila lars laura lauren lea leila lena lenny leo levi lieke lien linda lisa lisanne liza lois
  loes lotte louise luc lucas luuk maarten maaike malika manon marco marcel marieke marije marjolein mark marleen
  marloes martijn martin maryam mats mattijs max maxime meryem mehmet melissa merel michael michel michelle
  miriam mohamed mohammed monique mustafa myrthe nadia naima nathalie nicole niels nienke nina noa noah noor
  nora nouri nour oscar otto patrick paul paula peter petra pieter pim priscilla quinten rachid rachel rafael
  ramon rashid raymond rebecca remco remy renate rené richard rick rik rina rob robert robin rodney roel ronald
  ruben rutger ruud sabine sabrina said sam samira sander sandra sanne sara sarah sebastiaan selin sem senna
  sevda shirley silvia simone sofia sophie stefan stephanie sven tamara tanja thijs thomas tim tineke tom ton
  tonny twan vera victor vincent wendy wesley wilma willem wouter xavier yasmina yasmine yara yusuf youssef
  zainab zeynep zoë zoe`
    .split(/\s+/)
    .filter((name) => name !== ''),
);
