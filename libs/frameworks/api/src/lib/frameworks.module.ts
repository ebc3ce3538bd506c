import { Module } from '@nestjs/common';
import {
  CompetencyCategoryResolver,
  CompetencyFrameworkResolver,
  CompetencyItemResolver,
  TrainingElementResolver,
  TrainingProfileResolver,
} from './frameworks.resolver';
import { FrameworksSeeder } from './frameworks.seed';
import { FrameworksService } from './frameworks.service';

@Module({
  providers: [
    FrameworksService,
    FrameworksSeeder,
    CompetencyFrameworkResolver,
    CompetencyCategoryResolver,
    CompetencyItemResolver,
    TrainingProfileResolver,
    TrainingElementResolver,
  ],
  exports: [FrameworksSeeder, FrameworksService],
})
export class FrameworksModule {}
