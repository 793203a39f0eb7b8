package org.claimcheck.extract.syntax;

/**
 * About two thousand tokens of news-like text written for these tests (no agency copy, no evaluation
 * article): water, sport, science, courts, weather, markets, health, transport, culture.
 */
final class OwnText {

    /** One sentence a line. */
    static final String NEWS = """
            The regional water board said on Thursday that the reservoir had fallen to 31 percent of its capacity, the lowest level since records began.
            Farmers in the valley have been told to cut their use by a third, and some said they would not plant a second crop this year.
            "We cannot keep pumping from the river when it is this low," a board engineer told a meeting in the town hall.
            The national football federation fined the club 40,000 euros after fans threw flares onto the pitch during Saturday's match.
            A spokesman for the club said it would appeal the decision, which he described as unfair and disproportionate.
            Two players were sent off in the second half, and the referee needed a police escort to leave the stadium.
            Scientists at the university have found that a common soil bacterium can break down plastic bottles in under six weeks.
            The study, published in a peer-reviewed journal, has not been replicated by other laboratories.
            Its lead author, Dr. Ines Varga, said the team was seeking funding for a larger trial but could not confirm when it would begin.
            The airline cancelled 212 flights on Monday as cabin crew walked out over pay, stranding thousands of passengers at the main terminal.
            Union leaders said the strike would continue until management returned to the negotiating table.
            The company said it had offered a raise of 4.5 percent and accused the union of refusing to discuss it.
            A court in the capital sentenced a former mayor to seven years in prison for accepting bribes from construction firms.
            Prosecutors had asked for ten years, and the defence said it would challenge the verdict.
            The former mayor, who denied all charges, was not present when the sentence was read.
            Heavy snow closed the mountain pass for a third day, and drivers were advised to avoid the northern routes.
            Meteorologists expect temperatures to rise by the weekend, though further snowfall is possible in higher areas.
            Shares in the carmaker fell sharply after it reported a quarterly loss of 1.2 billion dollars, its first in a decade.
            Analysts had expected a small profit, and several banks lowered their forecasts for the rest of the year.
            The chief executive said the losses were caused by supply problems that have since been resolved.
            More than 600 runners took part in the charity race, which raised about 85,000 pounds for the children's hospital.
            The winner, a 19-year-old student from a nearby village, finished the course in just under two hours.
            Organisers said next year's race would be moved to the spring to avoid the summer heat.
            The health ministry reported 48 new cases of the virus, bringing the total for the month to 390.
            Officials urged residents to get vaccinated and said clinics would stay open late through the end of the week.
            It was not clear how many of the patients had already received a first dose.
            Police arrested three men suspected of stealing copper cable from the railway, which caused delays for commuters.
            The men, who were detained near the station on Tuesday night, are expected to appear in court on Friday.
            Railway staff replaced the damaged cable overnight, and most services were running normally by the morning.
            The parliament voted 214 to 187 to approve the new tax on sugary drinks, which will come into force in January.
            Opponents argued that the tax would hurt small shops, while doctors welcomed the measure as overdue.
            The finance minister said the revenue would be spent on school sports and free dental checks.
            A fire broke out in a warehouse on the edge of the city, sending thick black smoke over nearby homes.
            Firefighters brought the blaze under control after four hours, and nobody was injured, the fire service said.
            The cause of the fire is being investigated, and the owners have declined to comment.
            The museum will reopen in March after a renovation that took three years and cost 27 million dollars.
            Its director said the new galleries would display objects that had been kept in storage for decades.
            Tickets for the opening week have already sold out, according to the museum's website.
            Researchers counted 1,340 nesting pairs of the seabird on the island this summer, up from 900 five years ago.
            They said the recovery was the result of removing rats that had eaten the eggs.
            Conservation groups hope to repeat the programme on two other islands in the archipelago.
            The software company said a bug in its latest update had exposed the email addresses of some customers.
            It did not say how many accounts were affected, but urged all users to change their passwords.
            A security researcher who found the flaw said he had reported it to the company in May.
            The government has denied reports that it plans to close three rural hospitals to save money.
            "No hospital will close while I am minister," the health minister told reporters outside parliament.
            Local councillors said they had seen a draft plan that listed the hospitals for closure.
            Volunteers planted 12,000 trees along the river banks over the weekend, the environmental group said.
            The trees are meant to reduce flooding and provide shade for fish in the warmer months.
            The group plans to plant another 20,000 before the end of the year if funding allows.
            The central bank raised its main interest rate by a quarter of a point, to 5.25 percent.
            It said inflation remained too high and that further increases could not be ruled out.
            Mortgage lenders are expected to pass the increase on to borrowers within weeks.
            The ferry, carrying 350 passengers and 90 cars, ran aground in fog outside the harbour early on Sunday.
            All passengers were taken off safely, and divers were inspecting the hull for damage.
            The ferry operator said the captain had followed the correct procedures.
            Thousands of teachers marched through the capital to demand smaller classes and better pay.
            The education minister said she was willing to meet union leaders but would not increase the budget.
            Schools in several districts were closed for the day because too few staff came to work.
            A new bridge linking the two halves of the town opened on Wednesday, three years later than planned.
            The bridge cost twice the original estimate, and an inquiry into the delays is still under way.
            Residents said the crossing would cut their journey to the hospital from forty minutes to ten.
            The orchestra announced that its conductor would step down at the end of the season after fifteen years.
            He will be replaced by a young violinist who has led the orchestra's youth programme since 2019.
            The final concert of the season will be broadcast live on national radio.
            The mining company said it had found significant deposits of lithium in the northern desert.
            Environmental groups warned that extraction would use scarce water and harm local farming.
            The company has not yet applied for a licence, and the regional government said no decision had been made.
            Election officials said turnout had reached 62 percent by the close of polls, slightly higher than four years ago.
            Counting continued through the night, and first results were expected before dawn.
            Both main candidates said they were confident of victory and urged their supporters to stay calm.
            A landslide blocked the main road to the village after days of heavy rain, cutting off about 800 residents.
            Soldiers were sent to clear the debris, and helicopters dropped food and medicine.
            The authorities said the road might not reopen for another week.
            Doctors at the clinic have performed the first operation of its kind in the country, replacing a patient's heart valve without opening the chest.
            The patient, a 74-year-old man, was recovering well and could go home within days, the hospital said.
            The procedure is expected to become more common as surgeons gain experience with it.
            The city's bus drivers will strike for 24 hours next Monday, the transport union announced.
            The mayor called the strike irresponsible and said the city had made a fair offer.
            Commuters were advised to use trains or bicycles, or to work from home if they could.
            The publisher said the novel had sold more than a million copies in its first month, a record for a debut.
            Its author, a former nurse, wrote the book in the evenings over six years.
            Film rights have already been sold to a major studio, according to her agent.
            Inspectors found that a third of the restaurants they visited did not meet basic hygiene standards.
            Five restaurants were ordered to close until they had cleaned their kitchens and retrained staff.
            The food agency said it would publish the names of all the businesses it had inspected.
            The space agency said the probe had entered orbit around the planet after a journey of seven months.
            Engineers will spend the next few weeks testing its instruments before it begins taking measurements.
            The mission is expected to last at least two years and could be extended if the probe remains healthy.
            Witnesses said the driver lost control of the truck on a bend and crashed into a wall.
            He was taken to hospital with serious injuries, and the road was closed for several hours.
            Police have appealed for anyone who saw the crash to come forward.
            The zoo welcomed twin panda cubs on Friday, the first born there in more than a decade.
            Keepers said the mother and cubs were doing well but would not be shown to the public until the autumn.
            The zoo expects visitor numbers to rise sharply once the cubs are on display.
            A survey of 2,000 adults found that nearly half had not read a book in the past year.
            Libraries said the results showed the need for more investment in reading programmes.
            The survey did not say whether audiobooks or electronic books had been counted.
            The storm brought winds of up to 140 kilometres an hour and left 60,000 homes without power.
            Engineers worked through the night, and by Sunday evening most customers had been reconnected.
            The energy company warned that some rural areas might wait until Wednesday.
            Negotiators from both countries met for a third round of talks but failed to agree on the border.
            A diplomat familiar with the talks said the two sides remained far apart on the question of water rights.
            Another round is planned for next month, the foreign ministry said.
            The startup has raised 15 million dollars from investors to expand its delivery service to five new cities.
            Its founders, who met at university, said they expected to hire 300 people by the end of next year.
            Critics say such companies rely on low-paid workers who have few rights.
            The court ruled that the factory must pay compensation to families living near the site.
            Judges found that the company had ignored warnings about polluted groundwater for years.
            The company said it was studying the ruling and had not decided whether to appeal.
            """;

    private OwnText() {
    }
}
